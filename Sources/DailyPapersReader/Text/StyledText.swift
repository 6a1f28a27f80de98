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
    /// text. Done on the characters themselves, each one's width found once: through the
    /// plain text and back, wrapping was half of every frame the reader drew.
    public func wrapped(to columns: Int) -> [StyledText] {
        let widths = characters.map { DisplayWidth.of($0.0) }
        return DisplayWidth.lines(characters.count, to: columns, width: { widths[$0] }, isSpace: { characters[$0].0 == " " })
            .map { var line = StyledText(); line.characters = Array(characters[$0]); return line }
    }

    /// At most `columns` columns, ending with `…` (in the style of what it replaces) when
    /// cut, as `DisplayWidth.truncate` cuts the plain text.
    public func truncated(to columns: Int) -> StyledText {
        guard columns > 0 else { return StyledText() }
        guard let keep = DisplayWidth.kept(characters.count, to: columns, width: { DisplayWidth.of(characters[$0].0) }) else {
            return self
        }
        var out = StyledText()
        out.characters = Array(characters[..<keep]) + [("…", characters[keep].1)]
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
