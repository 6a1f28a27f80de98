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
    private var paper: PaperRecord?

    init(path: String, scan: UTF8Scan) {
        result = ParsedDigest(path: path)
        self.scan = scan
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

    // MARK: - Lines

    mutating func handle(_ line: Line, number: Int) {
        if line.hasPrefix("## ") {
            finishPaper()
            finishSection()
            sectionHeading(line, number: number)
        } else if line.hasPrefix("### [") {
            finishPaper()
            paperHeading(line, number: number)
        } else if paper != nil {
            bodyLine(line, number: number)
        }
    }

    private mutating func sectionHeading(_ line: Line, number: Int) {
        guard line.hasPrefix("## Daily Papers (") else { inSection = false; day = nil; return }
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
        if let done = paper { result.records.append(done) }
        paper = nil
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
            authors(string(line.slice(line.start + 8, line.end), trimming: true), number: number)
        } else if indent == 0 && line.hasPrefix("![") {
            if paper?.thumbnail == nil, let url = markdownLinkTarget(line) { paper?.thumbnail = url }
        } else if indent == 0 && line.hasPrefix("[Watch Video]") {
            var rest = string(line.slice(line.start + 13, line.end), trimming: true)[...]
            if rest.hasPrefix("("), rest.hasSuffix(")") { rest = rest.dropFirst().dropLast() }
            if paper?.video == nil, !rest.isEmpty { paper?.video = String(rest) }
        } else if line.buffer[i] == UInt8(ascii: "<") {
            let html = string(line.slice(i, line.end), trimming: true)
            if paper?.video == nil, let src = HTMLVideo.source(in: html) { paper?.video = src }
        } else if let last = paper?.summary.indices.last {
            // A lazy continuation of the previous bullet, as Markdown reads it.
            let more = string(line.slice(i, line.end), trimming: true)
            paper?.summary[last].text += " " + more
        } else {
            let text = string(line.slice(i, line.end), trimming: true)
            paper?.summary.append(Bullet(level: 0, text: text))
        }
    }

    private mutating func bullet(_ bytes: UnsafeBufferPointer<UInt8>, level: Int, number: Int) {
        let text = string(bytes, trimming: true)
        let (label, rest) = BulletLabel.split(text)
        paper?.summary.append(Bullet(label: label, level: level, text: rest))
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

    private mutating func authors(_ text: String, number: Int) {
        let parsed: AuthorList.Parsed
        if text.hasPrefix("[") {
            guard let list = AuthorList.pythonList(text) else {
                problem(number, "author list starts with '[' but is not a list of quoted names")
                return
            }
            parsed = list
        } else {
            parsed = AuthorList.commaSeparated(text)
        }
        paper?.authors = parsed.names
        paper?.authorsTruncated = parsed.truncated
    }

    /// `![alt](url)` → `url`.
    private func markdownLinkTarget(_ line: Line) -> String? {
        guard let open = line.firstIndex(of: UInt8(ascii: "("), from: line.start),
              let close = line.firstIndex(of: UInt8(ascii: ")"), from: open) else { return nil }
        let url = string(line.slice(open + 1, close), trimming: true)
        return url.isEmpty ? nil : url
    }

    // MARK: - Text

    /// The one place bytes become a `String`: invalid UTF-8 is replaced, NFD is composed.
    func string(_ bytes: UnsafeBufferPointer<UInt8>, trimming: Bool) -> String {
        var from = 0, to = bytes.count
        if trimming {
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
        }
        let piece = UnsafeBufferPointer(rebasing: bytes[from..<to])
        let s = String(decoding: piece, as: UTF8.self)
        // Normalising is slow in Foundation: only pieces that hold jamo or marks need it.
        return scan.mayNeedNFC && UTF8Scan.mayNeedNFC(piece) ? s.precomposedStringWithCanonicalMapping : s
    }
}
