/// Terminal display width, computed here rather than by the C library: glibc's `wcwidth`
/// depends on the locale and answers -1 for Hangul under `C`.
public enum DisplayWidth {
    /// Ranges of East Asian Wide and Fullwidth scalars (Unicode 15), sorted.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Columns one scalar takes: 0, 1 or 2.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if v >= 0x1160 && v <= 0x11FF { return 0 }      // conjoining vowels and finals
        if v >= 0x1100 {
            var lo = 0, hi = wide.count - 1
            while lo <= hi {
                let mid = (lo + hi) / 2
                if wide[mid].upperBound < v { lo = mid + 1 }
                else if wide[mid].lowerBound > v { hi = mid - 1 }
                else { return 2 }
            }
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// Columns one grapheme cluster takes: that of its first visible scalar, 2 when an
    /// emoji variation selector asks for it.
    public static func of(_ c: Character) -> Int {
        // The characters digests are made of, read from their UTF-8: one ASCII byte, or
        // one Hangul syllable. Through the scalar view, this was a third of a frame.
        let utf8 = c.utf8
        if utf8.count == 1, let b = utf8.first, b < 0x80 { return b < 0x20 || b == 0x7F ? 0 : 1 }
        if utf8.count == 3 {
            var i = utf8.startIndex
            let b0 = utf8[i]; utf8.formIndex(after: &i)
            let b1 = utf8[i]; utf8.formIndex(after: &i)
            let v = Int(b0 & 0x0F) << 12 | Int(b1 & 0x3F) << 6 | Int(utf8[i] & 0x3F)
            if b0 & 0xF0 == 0xE0 && v >= 0xAC00 && v <= 0xD7A3 { return 2 }
        }
        return ofScalars(c)
    }

    /// `of(c)` by its scalars, for any character.
    static func ofScalars(_ c: Character) -> Int {
        if let a = c.asciiValue { return a < 0x20 || a == 0x7F ? 0 : 1 }
        var width = 0
        for s in c.unicodeScalars {
            if s.value == 0xFE0F { return 2 }
            if width == 0 { width = of(s) }
        }
        return width
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// `text` cut to at most `columns` columns, ending with `…` when cut. Never splits a
    /// grapheme cluster or a wide character.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let characters = Array(text)
        guard let keep = kept(characters.count, to: columns, width: { of(characters[$0]) }) else { return text }
        return String(characters[..<keep]) + "…"
    }

    /// How many of `count` characters (`width(i)` columns each) come before the `…` when
    /// they are cut to `columns` columns (at least 1); nil when all of them fit.
    public static func kept(_ count: Int, to columns: Int, width: (Int) -> Int) -> Int? {
        var used = 0, keep: Int?
        for i in 0..<count {
            used += width(i)
            if keep == nil && used > columns - 1 { keep = i }
        }
        return used <= columns ? nil : keep
    }

    /// `text` cut or padded with spaces to exactly `columns` columns.
    public static func pad(_ text: String, to columns: Int, right: Bool = false) -> String {
        let cut = truncate(text, to: columns)
        let fill = String(repeating: " ", count: max(0, columns - of(cut)))
        return right ? fill + cut : cut + fill
    }

    /// `text` broken into lines of at most `columns` columns, at spaces where possible,
    /// never inside a grapheme cluster.
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        let characters = Array(text)
        return lines(characters.count, to: columns, width: { of(characters[$0]) }, isSpace: { characters[$0] == " " })
            .map { String(characters[$0]) }
    }

    /// Where `wrap` breaks `count` characters (`width(i)` columns each, `isSpace(i)` for a
    /// space) into lines of at most `columns` columns: each line's characters, in order.
    /// A line breaks after a space where the next word does not fit; the spaces that end
    /// a line are dropped, and a word longer than a line is cut by characters, with no
    /// space at the start of the lines it is cut into. A character wider than a line goes
    /// alone on one.
    public static func lines(_ count: Int, to columns: Int, width: (Int) -> Int, isSpace: (Int) -> Bool) -> [Range<Int>] {
        guard columns > 0 else { return [] }
        var lines: [Range<Int>] = []
        var line = 0..<0, lineWidth = 0
        var word = 0, wordWidth = 0
        func endLine(trimming: Bool) {
            var end = line.upperBound
            if trimming { while end > line.lowerBound && isSpace(end - 1) { end -= 1 } }
            lines.append(line.lowerBound..<end)
            lineWidth = 0
        }
        func flushWord(to end: Int) {
            // The space that ends a word may hang past the edge: it is trimmed off the line.
            let hanging = end > word && isSpace(end - 1) ? 1 : 0
            if lineWidth + wordWidth - hanging <= columns {
                line = (line.isEmpty ? word : line.lowerBound)..<end
                lineWidth += wordWidth
            } else {
                if !line.isEmpty { endLine(trimming: true) }
                line = word..<word; lineWidth = 0
                for i in word..<end {
                    if lineWidth + width(i) > columns && !line.isEmpty { endLine(trimming: false); line = i..<i }
                    if line.isEmpty && isSpace(i) { line = i + 1..<i + 1; continue }
                    line = line.lowerBound..<i + 1
                    lineWidth += width(i)
                }
            }
            word = end; wordWidth = 0
        }
        for i in 0..<count {
            wordWidth += width(i)
            if isSpace(i) { flushWord(to: i + 1) }
        }
        flushWord(to: count)
        if !line.isEmpty || lines.isEmpty { endLine(trimming: true) }
        return lines
    }
}
