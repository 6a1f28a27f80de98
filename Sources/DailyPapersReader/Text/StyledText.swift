import DailyPapersCore

/// Text with a style per grapheme cluster: how search matches travel from the core's
/// byte ranges to the cells of the canvas.
public struct StyledText: Hashable, Sendable {
    public private(set) var characters: [(Character, Style)]

    public init() { characters = [] }

    /// Text the program wrote itself (already safe), all in one style.
    public init(_ text: String, style: Style = []) {
        characters = text.map { ($0, style) }
    }

    /// Text from a digest: made inert, with `.match` on the characters that overlap
    /// `matches` (UTF-8 byte ranges into `raw`, as `Catalog.highlights` gives them).
    public init(digest raw: String, matches: [Range<Int>] = [], style: Style = []) {
        characters = []
        characters.reserveCapacity(raw.count)
        var offset = 0
        var next = 0
        for c in raw {
            let length = c.utf8.count
            while next < matches.count, matches[next].upperBound <= offset { next += 1 }
            let hit = next < matches.count && matches[next].lowerBound < offset + length
            let s = hit ? style.union(.match) : style
            if c.unicodeScalars.contains(where: Sanitised.isUnsafe) {
                for safe in Sanitised.inert(String(c)) { characters.append((safe, s)) }
            } else {
                characters.append((c, s))
            }
            offset += length
        }
    }

    public var plain: String { String(characters.map(\.0)) }
    public var isEmpty: Bool { characters.isEmpty }
    public var width: Int { characters.reduce(0) { $0 + DisplayWidth.of($1.0) } }

    public static func + (a: StyledText, b: StyledText) -> StyledText {
        var out = a
        out.characters += b.characters
        return out
    }

    public static func += (a: inout StyledText, b: StyledText) { a.characters += b.characters }

    /// Lines of at most `columns` columns, broken as `DisplayWidth.wrap` breaks the plain
    /// text: at spaces, a space at a line's end dropped, a word longer than a line cut by
    /// characters. Done on the characters themselves, each one's width found once: through
    /// the plain text and back, wrapping was half of every frame the reader drew.
    public func wrapped(to columns: Int) -> [StyledText] {
        guard columns > 0 else { return [] }
        let widths = characters.map { DisplayWidth.of($0.0) }
        var lines: [StyledText] = []
        var line = StyledText(), lineWidth = 0
        var wordFrom = 0, wordWidth = 0
        func endLine(trimming: Bool) {
            if trimming { while line.characters.last?.0 == " " { line.characters.removeLast() } }
            lines.append(line)
            line = StyledText(); lineWidth = 0
        }
        func flushWord(to end: Int) {
            // The space that ends a word may hang past the edge: it is trimmed off the line.
            let hanging = end > wordFrom && characters[end - 1].0 == " " ? 1 : 0
            if lineWidth + wordWidth - hanging <= columns {
                line.characters += characters[wordFrom..<end]
                lineWidth += wordWidth
            } else {
                if !line.isEmpty { endLine(trimming: true) } else { lineWidth = 0 }
                // A word longer than a line is cut by characters; one wider than a line still
                // goes alone on one, not after an empty line.
                for k in wordFrom..<end {
                    if lineWidth + widths[k] > columns && !line.isEmpty { endLine(trimming: false) }
                    if line.isEmpty && characters[k].0 == " " { continue }
                    line.characters.append(characters[k])
                    lineWidth += widths[k]
                }
            }
            wordFrom = end; wordWidth = 0
        }
        for k in characters.indices {
            wordWidth += widths[k]
            if characters[k].0 == " " { flushWord(to: k + 1) }
        }
        flushWord(to: characters.count)
        if !line.isEmpty || lines.isEmpty { endLine(trimming: true) }
        return lines
    }

    /// At most `columns` columns, ending with `…` (in the style of what it replaces) when
    /// cut, as `DisplayWidth.truncate` cuts the plain text.
    public func truncated(to columns: Int) -> StyledText {
        guard columns > 0 else { return StyledText() }
        // How many characters fit before the `…`, found on the way to the whole width.
        var used = 0, fit = -1
        for (k, c) in characters.enumerated() {
            used += DisplayWidth.of(c.0)
            if fit < 0 && used > columns - 1 { fit = k }
        }
        if used <= columns { return self }
        var out = StyledText()
        out.characters = Array(characters[..<fit])
        out.characters.append(("…", characters[fit].1))
        return out
    }

    public static func == (a: StyledText, b: StyledText) -> Bool {
        a.characters.count == b.characters.count
            && zip(a.characters, b.characters).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    public func hash(into h: inout Hasher) {
        for (c, s) in characters { h.combine(c); h.combine(s) }
    }
}

extension StyledText {
    /// A message that may quote digest text or paths: made inert, one style.
    public init(digestLine text: String, style: Style) {
        self.init(digest: text, style: style)
    }
}
