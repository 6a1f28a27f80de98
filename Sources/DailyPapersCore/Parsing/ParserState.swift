import CByteLoops
import Foundation

/// The parser's position in a file: the current section's day and the paper being read.
struct ParserState {
    var result: ParsedDigest
    let scan: UTF8Scan
    private var nextInvalid = 0

    /// The day of the current `## Daily Papers` section; nil outside one.
    private var day: Day?
    private var inSection = false
    /// Papers skipped under a heading whose date is impossible.
    private var skippedUnderBadHeading = 0
    private var badHeadingLine = 0
    /// The record being read; its authors, summary and links go to `body`.
    private var paper: PaperRecord?
    private var body = PaperBodyWriter()
    /// The file's store, filled record by record, and where each record's words start.
    private var bytes: [UInt8] = []
    private var words: [UInt32] = []
    private var bodyStarts: [Int] = []
    private var authorScratch: [UInt8] = []
    private var lengthScratch: [Int] = []
    /// No invalid UTF-8 and nothing to compose: every piece is kept as its own bytes.
    private let clean: Bool

    init(path: String, scan: UTF8Scan) {
        result = ParsedDigest(path: path)
        self.scan = scan
        clean = scan.invalidOffsets.isEmpty && !scan.mayNeedNFC
    }

    private mutating func problem(_ line: Int, _ message: String) {
        result.problems.append(Problem(path: result.path, line: line, message: message))
    }

    mutating func checkEncoding(lineStart: Int, lineEnd: Int, number: Int) {
        let offsets = scan.invalidOffsets
        guard nextInvalid < offsets.count, offsets[nextInvalid] < lineEnd else { return }
        var count = 0
        while nextInvalid < offsets.count, offsets[nextInvalid] < lineEnd {
            if offsets[nextInvalid] >= lineStart && offsets[nextInvalid] < lineEnd { count += 1 }
            nextInvalid += 1
        }
        if count > 0 {
            problem(number, "invalid UTF-8 (\(count) byte\(count == 1 ? "" : "s")) replaced with U+FFFD")
        }
    }

    /// A line holding characters that are never shown as they are is reported: they are
    /// drawn as `�` (controls) or left out (invisible formatting), so the text on screen
    /// is not quite the file's.
    mutating func checkUnsafe(_ line: Line, number: Int) {
        guard scan.mayHoldUnsafe else { return }
        let bytes = line.slice(line.start, line.end)
        guard let base = bytes.baseAddress, dp_has_unsafe(base, bytes.count) != 0 else { return }
        var controls = 0, invisible = 0, first: Unicode.Scalar?
        for s in String(decoding: bytes, as: UTF8.self).unicodeScalars
        where Sanitised.isUnsafe(s) && s != "\t" && s != "\r" {
            if s.value >= 0x200B || s.value == 0x061C { invisible += 1 } else { controls += 1 }
            if first == nil { first = s }
        }
        guard let s = first else { return }
        let hex = String(s.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        var parts: [String] = []
        if controls > 0 { parts.append("\(counted(controls, "control character")) shown as \u{FFFD}") }
        if invisible > 0 { parts.append("\(counted(invisible, "invisible formatting character")) left out") }
        problem(number, parts.joined(separator: " and ") + " (the first \(code))")
    }

    // MARK: - Lines

    mutating func handle(_ line: Line, number: Int) {
        if line.hasPrefix("## ") {
            finishPaper()
            finishSection()
            sectionHeading(line, number: number)
        } else if line.hasPrefix("### [") {
            finishPaper()
            paperHeading(line, number: number)
        } else if case .some = paper {
            // Not `paper != nil`, which copied the record at every line of its body: three
            // retains and releases a line, nearly a tenth of the parse (`perf`).
            bodyLine(line, number: number)
        } else if Self.looksLikeASectionHeading(line) {
            damagedHeading(number)
        }
    }

    private mutating func damagedHeading(_ number: Int) {
        if result.damagedHeading == 0 { result.damagedHeading = number }
    }

    /// `Daily Papers` after any spaces and `#`s, in any case: a section heading written
    /// wrong (`# Daily Papers (…)`, `##Daily Papers`, `### daily papers`, no `#` at all).
    static func looksLikeASectionHeading(_ line: Line) -> Bool {
        var i = line.start
        while i < line.end, line.buffer[i] == 0x20 || line.buffer[i] == 0x09 || line.buffer[i] == 0x23 { i += 1 }
        let words = Array("daily papers".utf8)
        guard line.end - i >= words.count else { return false }
        for k in 0..<words.count where line.buffer[i + k] | (words[k] == 0x20 ? 0 : 0x20) != words[k] { return false }
        return true
    }

    private mutating func sectionHeading(_ line: Line, number: Int) {
        guard line.hasPrefix("## Daily Papers (") else {
            if Self.looksLikeASectionHeading(line) { damagedHeading(number) }
            inSection = false; day = nil; return
        }
        result.isDigest = true
        inSection = true
        day = nil
        let open = line.start + 17
        let text = string(line.slice(open, line.end), trimming: true)
        guard text.hasSuffix(")") else {
            problem(number, "section heading should read '## Daily Papers (YYYY-MM-DD)'")
            badHeadingLine = number
            return
        }
        let inner = text.dropLast()
        if let parsed = Day(inner) {
            day = parsed
        } else {
            let shape = inner.utf8.count == 10 && inner.utf8.enumerated().allSatisfy { i, b in
                i == 4 || i == 7 ? b == UInt8(ascii: "-") : (b >= 0x30 && b <= 0x39)
            }
            problem(number, shape ? "impossible date '\(inner)' in section heading"
                                  : "section heading should read '## Daily Papers (YYYY-MM-DD)', not '(\(inner))'")
            badHeadingLine = number
        }
    }

    mutating func finishSection() {
        if skippedUnderBadHeading > 0 {
            let n = skippedUnderBadHeading
            problem(badHeadingLine, "\(n) paper\(n == 1 ? "" : "s") under this heading skipped: no valid day")
        }
        skippedUnderBadHeading = 0
    }

    private mutating func paperHeading(_ line: Line, number: Int) {
        guard inSection else {
            problem(number, "paper outside a '## Daily Papers (YYYY-MM-DD)' section")
            if result.outsideSections == 0 { result.firstOutside = number }
            result.outsideSections += 1
            return
        }
        guard let day else { skippedUnderBadHeading += 1; return }
        // The link is the last `](` … `)` on the line: titles may hold brackets.
        var end = line.end
        while end > line.start, line.buffer[end - 1] == 0x20 || line.buffer[end - 1] == 0x09 { end -= 1 }
        guard end > line.start, line.buffer[end - 1] == UInt8(ascii: ")"),
              let link = line.lastIndex(of: UInt8(ascii: "]"), followedBy: UInt8(ascii: "(")),
              link >= line.start + 5 else {
            problem(number, "paper heading should read '### [title](https://arxiv.org/abs/ID)'")
            return
        }
        let title = string(line.slice(line.start + 5, link), trimming: true)
        let url = string(line.slice(link + 2, end - 1), trimming: true)
        guard !title.isEmpty else {
            problem(number, "paper heading has an empty title")
            return
        }
        guard let id = ArxivID.fromURL(url[...]) else {
            problem(number, "paper link '\(Sanitised.short(url))' is not an arXiv or Hugging Face paper link")
            return
        }
        paper = PaperRecord(id: id, title: title, day: day, line: number)
    }

    mutating func finishPaper() {
        if let done = paper.take() {
            bodyStarts.append(body.finish(into: &bytes, &words))
            result.records.append(done)
        }
        body.reset()
    }

    /// Gives each record its body, once the file's store is complete.
    mutating func finishFile() {
        guard !result.records.isEmpty else { return }
        // Exact sizes: a store lives as long as its papers.
        let store = TextStore(bytes: Array(unsafeUninitializedCapacity: bytes.count) { b, n in
                                  n = b.initialize(fromContentsOf: bytes) },
                              words: Array(unsafeUninitializedCapacity: words.count) { b, n in
                                  n = b.initialize(fromContentsOf: words) })
        for k in result.records.indices {
            result.records[k].body = PaperBody(store: store, at: bodyStarts[k])
        }
    }

    // MARK: - Body

    private mutating func bodyLine(_ line: Line, number: Int) {
        var indent = 0
        var i = line.start
        while i < line.end {
            let b = line.buffer[i]
            if b == 0x20 { indent += 1 } else if b == 0x09 { indent += 4 } else { break }
            i += 1
        }
        if i == line.end { return }
        let offset = i - line.start
        if line.hasPrefix("- ", at: offset) || line.hasPrefix("* ", at: offset) || line.hasPrefix("+ ", at: offset) {
            bullet(line.slice(i + 2, line.end), level: indent / 2, number: number)
        } else if indent == 0 && line.hasPrefix("Vote:") {
            votes(string(line.slice(line.start + 5, line.end), trimming: true), number: number)
        } else if indent == 0 && line.hasPrefix("Authors:") {
            authors(line.slice(line.start + 8, line.end), number: number)
        } else if indent == 0 && line.hasPrefix("![") {
            if body.thumbnail == nil { thumbnail(line) }
        } else if indent == 0 && line.hasPrefix("[Watch Video]") {
            var rest = string(line.slice(line.start + 13, line.end), trimming: true)[...]
            if rest.hasPrefix("("), rest.hasSuffix(")") { rest = rest.dropFirst().dropLast() }
            if body.video == nil, !rest.isEmpty { body.video = Array(rest.utf8) }
        } else if line.buffer[i] == UInt8(ascii: "<") {
            let html = string(line.slice(i, line.end), trimming: true)
            if body.video == nil, let src = HTMLVideo.source(in: html) { body.video = Array(src.utf8) }
        } else if body.hasBullets {
            // A lazy continuation of the previous bullet, as Markdown reads it.
            Self.piece(line.slice(i, line.end), clean: clean, scan: scan) { body.continueBullet($0) }
        } else {
            Self.piece(line.slice(i, line.end), clean: clean, scan: scan) { body.addBullet($0, level: 0, label: nil) }
        }
    }

    private mutating func bullet(_ bytes: UnsafeBufferPointer<UInt8>, level: Int, number: Int) {
        Self.piece(bytes, clean: clean, scan: scan) { text in
            let (label, rest) = BulletLabel.split(text)
            body.addBullet(text[rest], level: level, label: label.map { text[$0] })
        }
    }

    private mutating func votes(_ text: String, number: Int) {
        if text == "-" || text.isEmpty { paper?.votes = nil; return }
        if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            if let n = Int(text), n <= 10_000_000 {
                paper?.votes = n
            } else {
                problem(number, "vote count '\(Sanitised.short(text))' is too large; votes taken as unknown")
            }
        } else {
            problem(number, "vote count '\(Sanitised.short(text))' is not a whole number ≥ 0 or '-'; votes taken as unknown")
        }
    }

    private mutating func authors(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
        // Moved out and back, so that the buffers stay uniquely held and are reused.
        var names: [UInt8] = [], lengths: [Int] = []
        swap(&names, &authorScratch); swap(&lengths, &lengthScratch)
        names.removeAll(keepingCapacity: true); lengths.removeAll(keepingCapacity: true)
        var malformed = false
        Self.piece(line, clean: clean, scan: scan) { text in
            // `hasPrefix("[")` as characters: a mark after the bracket would join it.
            let python = text.first == 0x5B && (text.count == 1 || text[1] < 0x80
                || String(decoding: text, as: UTF8.self).hasPrefix("["))
            if python {
                guard let truncated = AuthorList.pythonList(text, names: &names, lengths: &lengths) else {
                    malformed = true
                    return
                }
                body.removeAuthors()
                var from = 0
                for n in lengths { body.addAuthor(names[from..<from + n]); from += n }
                paper?.authorsTruncated = truncated
            } else {
                body.removeAuthors()
                paper?.authorsTruncated = AuthorList.eachCommaSeparated(text) { body.addAuthor($0) }
            }
        }
        swap(&names, &authorScratch); swap(&lengths, &lengthScratch)
        if malformed { problem(number, "author list starts with '[' but is not a list of quoted names") }
    }

    /// `![alt](url)` → `url`.
    private mutating func thumbnail(_ line: Line) {
        guard let open = line.firstIndex(of: UInt8(ascii: "("), from: line.start),
              let close = line.firstIndex(of: UInt8(ascii: ")"), from: open) else { return }
        Self.piece(line.slice(open + 1, close), clean: clean, scan: scan) { url in
            if !url.isEmpty { body.thumbnail = Array(url) }
        }
    }

    // MARK: - Text

    /// The bytes `string` would hold, trimmed; in a clean file the bytes themselves, with
    /// no string made.
    private static func piece(_ bytes: UnsafeBufferPointer<UInt8>, clean: Bool, scan: UTF8Scan,
                              _ use: (UnsafeBufferPointer<UInt8>) -> Void) {
        if clean {
            var from = 0, to = bytes.count
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
            use(UnsafeBufferPointer(rebasing: bytes[from..<to]))
        } else {
            var s = string(bytes, trimming: true, scan: scan)
            s.withUTF8 { use($0) }
        }
    }

    /// The one place bytes become a `String`: invalid UTF-8 is replaced, NFD is composed.
    func string(_ bytes: UnsafeBufferPointer<UInt8>, trimming: Bool) -> String {
        Self.string(bytes, trimming: trimming, scan: scan)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, trimming: Bool, scan: UTF8Scan) -> String {
        var from = 0, to = bytes.count
        if trimming {
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
        }
        let piece = UnsafeBufferPointer(rebasing: bytes[from..<to])
        // Normalising is slow in Foundation: only pieces that hold jamo or marks need it,
        // and Hangul alone is composed here.
        guard scan.mayNeedNFC && UTF8Scan.mayNeedNFC(piece) else { return String(decoding: piece, as: UTF8.self) }
        return HangulComposition.compose(piece)
            ?? String(decoding: piece, as: UTF8.self).precomposedStringWithCanonicalMapping
    }
}
