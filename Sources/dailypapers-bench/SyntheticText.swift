import Foundation

/// Titles, author lists and summary bullets with the real archives' sizes: titles of 40 to
/// 240 characters, 3 to 25 authors, 3 to 10 bullets of mostly Korean text.
enum SyntheticText {
    /// Mostly 60–140 characters, now and then up to 240; brackets and LaTeX as in real titles.
    static func title(_ r: inout SeededRandom) -> String {
        let u = Double(r.next() >> 11) / Double(1 << 53)
        let target = 40 + Int(200 * u * u)
        var title = ""
        if r.chance(0.35) {
            // A made-up system name before a colon: `LayerSkip: …`.
            title = r.pick(Vocabulary.titleWords) + r.pick(["", "-2", "X", "Net", "LM", "Bench"]) + ": "
        }
        if r.chance(0.03) { title += "LLM$\\times$" }
        while title.utf8.count < target {
            if !title.isEmpty && !title.hasSuffix(" ") { title += " " }
            title += r.chance(0.2) ? r.pick(Vocabulary.titleLinks) : Vocabulary.titleWords[r.zipf(Vocabulary.titleWords.count)]
        }
        if r.chance(0.03) { title += " with an [\(r.pick(["IDK", "MASK", "CLS", "SEP"]))] Token" }
        while title.utf8.count > 240, let space = title.lastIndex(of: " ") { title = String(title[..<space]) }
        return title
    }

    /// The same paper's title on a later day: LaTeX flattened, or a word changed.
    static func retitled(_ title: String) -> String {
        if title.contains("$\\times$") { return title.replacingOccurrences(of: "$\\times$", with: "times") }
        return title.count > 200 ? String(title.dropLast(9)) : title + ", Revisited"
    }

    static func authorNames(_ r: inout SeededRandom) -> [String] {
        let u = Double(r.next() >> 11) / Double(1 << 53)
        let count = 3 + Int(22 * pow(u, 1.8))
        var names: [String] = []
        for _ in 0..<count {
            var name = r.pick(Vocabulary.firstNames)
            if r.chance(0.1) { name += " " + String(UnicodeScalar(UInt8(r.int(65...90)))) + "." }
            names.append(name + " " + Vocabulary.surnames[r.zipf(Vocabulary.surnames.count)])
        }
        // Seen in the archives: the same person twice in a row.
        if r.chance(0.01) { names.insert(names[0], at: 1) }
        return names
    }

    /// One bullet of about `bytes` UTF-8 bytes: Korean words with particles, English terms,
    /// numbers, and a verb at the end.
    static func sentence(_ r: inout SeededRandom, bytes: Int, into out: inout [UInt8]) {
        let start = out.count
        while out.count - start < bytes {
            if out.count > start { out.append(0x20) }
            let roll = r.int(0...99)
            if roll < 70 {
                if r.chance(0.15) { out += Vocabulary.adjectives[r.zipf(Vocabulary.adjectives.count)].utf8; out.append(0x20) }
                out += Vocabulary.koreanNouns[r.zipf(Vocabulary.koreanNouns.count)].utf8
                if r.chance(0.7) { out += r.pick(Vocabulary.particles).utf8 }
            } else if roll < 88 {
                out += Vocabulary.englishTerms[r.zipf(Vocabulary.englishTerms.count)].utf8
                if r.chance(0.5) { out += r.pick(Vocabulary.particles).utf8 }
            } else if roll < 94 {
                out += String(r.int(1...99)).utf8
                out += r.pick(["%", "배", "개", ".5%", "B", "K", "x448", "점"]).utf8
            } else {
                out += "(".utf8
                out += Vocabulary.englishTerms[r.zipf(Vocabulary.englishTerms.count)].utf8
                out += ")".utf8
            }
        }
        out.append(0x20)
        out += r.pick(Vocabulary.endings).utf8
    }
}

extension Array where Element == UInt8 {
    static func += (lhs: inout [UInt8], rhs: String.UTF8View) { lhs.append(contentsOf: rhs) }
}
