/// One terminal column: a grapheme cluster and its style.
///
/// A wide glyph lives in its first cell; the cell to its right is a continuation that
/// holds no text, so that every row always has exactly `width` cells.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster drawn here; empty for a continuation cell.
    public var text: String
    public var style: Style
    /// Columns the glyph takes (1 or 2); 0 for a continuation cell.
    public var width: Int

    public init(text: String = " ", style: Style = [], width: Int = 1) {
        self.text = text; self.style = style; self.width = width
    }

    /// A blank cell.
    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }
}
