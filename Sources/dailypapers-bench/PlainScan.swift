import DailyPapersCore
#if canImport(Glibc)
import Glibc
#endif

/// The baseline: what a program without an index does. Each paper's title, authors and
/// summary lower-cased once (not timed), then every query scans every paper on one
/// thread (`memchr` + `memcmp`), checks the day and vote conditions on each appearance, and
/// sorts the hits by votes.
struct PlainScan {
    private let title: [[UInt8]]
    private let authors: [[UInt8]]
    private let summary: [[UInt8]]
    private let papers: [Paper]

    init(_ papers: [Paper]) {
        self.papers = papers
        title = papers.map { Array($0.title.lowercased().utf8) }
        authors = papers.map { Array($0.authors.joined(separator: ", ").lowercased().utf8) }
        summary = papers.map { Array($0.summary.map(\.text).joined(separator: "\n").lowercased().utf8) }
    }

    /// Positions of the matching papers, votes high first.
    func run(_ query: Query) -> [Int] {
        var out: [Int] = []
        paperLoop: for p in papers.indices {
            var appearanceTerms: [Term] = []
            for term in query.terms {
                switch term.kind {
                case let .text(pattern, field):
                    let needle = Array(pattern.display.lowercased().utf8)
                    var found = false
                    if field == nil || field == .title { found = found || contains(title[p], needle, initials: pattern.isInitials) }
                    if field == nil || field == .authors { found = found || contains(authors[p], needle, initials: pattern.isInitials) }
                    if field == nil || field == .summary { found = found || contains(summary[p], needle, initials: pattern.isInitials) }
                    if found == term.negated { continue paperLoop }
                case let .idPrefix(prefix):
                    if papers[p].id.hasPrefix(prefix) == term.negated { continue paperLoop }
                case let .id(id):
                    if (papers[p].id == id) == term.negated { continue paperLoop }
                case .votes, .day:
                    appearanceTerms.append(term)
                case .mark:
                    if !term.negated { continue paperLoop }
                }
            }
            if !appearanceTerms.isEmpty {
                let any = papers[p].appearances.contains { a in
                    appearanceTerms.allSatisfy { t in
                        let holds: Bool
                        switch t.kind {
                        case let .votes(r): holds = a.votes.map(r.contains) ?? false
                        case let .day(r): holds = r.contains(a.day)
                        default: holds = true
                        }
                        return holds != t.negated
                    }
                }
                if !any { continue }
            }
            out.append(p)
        }
        out.sort { (papers[$0].latest.votes ?? -1) > (papers[$1].latest.votes ?? -1) }
        return out
    }

    private func contains(_ hay: [UInt8], _ needle: [UInt8], initials: Bool) -> Bool {
        if initials { return Self.containsInitials(hay, needle) }
        return hay.withUnsafeBytes { h in needle.withUnsafeBytes { n in Self.find(h, n) } }
    }

    /// The textbook substring search: `memchr` for the first byte, `memcmp` for the rest.
    static func find(_ hay: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard let h = hay.baseAddress, let n = needle.baseAddress, needle.count > 0 else { return needle.isEmpty }
        let first = Int32(needle[0])
        var at = 0
        let last = hay.count - needle.count
        while at <= last {
            guard let hit = memchr(h + at, first, last - at + 1) else { return false }
            at = h.distance(to: UnsafeRawPointer(hit))
            if memcmp(h + at, n, needle.count) == 0 { return true }
            at += 1
        }
        return false
    }

    /// Decodes each Hangul syllable to its initial consonant on the fly and looks for the
    /// consonants as the reader's `ㅁㄷ` search means them: on consecutive syllables anywhere
    /// in a word, or in order from the word's start.
    static func containsInitials(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        let wanted = String(decoding: needle, as: UTF8.self).unicodeScalars.map(\.value)
        let table: [UInt32] = [0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143,
                               0x3145, 0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E]
        var word: [UInt32] = []
        func check() -> Bool {
            if word.count >= wanted.count {
                for start in 0...(word.count - wanted.count) where Array(word[start..<start + wanted.count]) == wanted { return true }
            }
            guard word.first == wanted[0] else { return false }
            var k = 1, i = 1
            while k < wanted.count && i < word.count { if word[i] == wanted[k] { k += 1 }; i += 1 }
            return k == wanted.count
        }
        for s in String(decoding: hay, as: UTF8.self).unicodeScalars {
            if s.value >= 0xAC00 && s.value <= 0xD7A3 {
                word.append(table[Int(s.value - 0xAC00) / 588])
            } else if (0x3131...0x314E).contains(s.value) {
                word.append(s.value)
            } else {
                if !word.isEmpty, check() { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return !word.isEmpty && check()
    }
}
