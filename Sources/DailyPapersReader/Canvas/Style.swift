/// What a cell means, not how it looks: the terminal layer picks colours or, under
/// `NO_COLOR` and on monochrome terminals, plain attributes.
public struct Style: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The selected row or choice (reverse video everywhere).
    public static let selected = Style(rawValue: 1 << 0)
    /// A search match.
    public static let match = Style(rawValue: 1 << 1)
    /// Metadata that should step back: days, authors, links.
    public static let dim = Style(rawValue: 1 << 2)
    /// Titles and summary labels.
    public static let heading = Style(rawValue: 1 << 3)
    /// The header and status bars, and box borders.
    public static let chrome = Style(rawValue: 1 << 4)
    /// Something went wrong (a malformed query, a failed command).
    public static let error = Style(rawValue: 1 << 5)
    /// Keys in help and hints.
    public static let key = Style(rawValue: 1 << 6)
}
