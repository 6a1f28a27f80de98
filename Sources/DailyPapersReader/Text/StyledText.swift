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
    public var width: Int { DisplayWidth.of(plain) }

    public static func + (a: StyledText, b: StyledText) -> StyledText {
        var out = a
        out.characters += b.characters
        return out
    }

    public static func += (a: inout StyledText, b: StyledText) { a.characters += b.characters }

    /// Lines of at most `columns` columns, broken where `DisplayWidth.wrap` breaks them.
    public func wrapped(to columns: Int) -> [StyledText] {
        let lines = DisplayWidth.wrap(plain, to: columns)
        // Wrapping only drops spaces, so each line's characters are found in order.
        var i = 0
        return lines.map { line in
            var out = StyledText()
            for c in line {
                while i < characters.count, characters[i].0 != c { i += 1 }
                out.characters.append(i < characters.count ? characters[i] : (c, []))
                i += 1
            }
            return out
        }
    }

    /// At most `columns` columns, ending with `…` (in the style of what it replaces) when cut.
    public func truncated(to columns: Int) -> StyledText {
        let cut = DisplayWidth.truncate(plain, to: columns)
        guard cut.count != characters.count || cut != plain else { return self }
        var out = StyledText()
        for (k, c) in cut.enumerated() {
            let style = k < characters.count ? characters[k].1 : characters.last?.1 ?? []
            out.characters.append((c, style))
        }
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
