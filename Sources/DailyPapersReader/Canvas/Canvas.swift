import DailyPapersCore

/// An in-memory screen of cells that views draw into; the terminal copies it out.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (the search prompt), or nil to hide it.
    public var cursor: Point?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// The cells of one row.
    public func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<(y * width + width)] }

    /// Sets the style of every cell in a rectangle, keeping the text.
    public mutating func fill(_ rect: Rect, style: Style) {
        let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
        for y in r.y..<r.maxY {
            // A wide glyph cut by the rectangle's edge goes whole, never by half.
            if r.x > 0, cells[y * width + r.x - 1].width == 2 { cells[y * width + r.x - 1].text = " "; cells[y * width + r.x - 1].width = 1 }
            if r.maxX < width, cells[y * width + r.maxX].isContinuation { cells[y * width + r.maxX] = Cell(text: " ", style: cells[y * width + r.maxX].style) }
            for x in r.x..<r.maxX { cells[y * width + x] = Cell(text: " ", style: style) }
        }
    }

    /// Adds `extra` to the style of the cells in a rectangle, keeping their text.
    public mutating func add(_ extra: Style, in rect: Rect) {
        let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].style.formUnion(extra) }
        }
    }

    /// Draws `text` from column `x` of row `y`, never past `limit` columns (nor the edge);
    /// returns the columns used. A wide glyph that does not fit is left out whole.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int = Int.max, style: Style = []) -> Int {
        var used = 0
        for c in text {
            let n = put(c, x: x + used, y: y, limit: limit - used, style: style)
            if n < 0 { break }
            used += n
        }
        return used
    }

    /// Draws runs of styled text, as `put`.
    @discardableResult
    public mutating func put(_ text: StyledText, x: Int, y: Int, limit: Int = Int.max, style: Style = []) -> Int {
        var used = 0
        for (c, s) in text.characters {
            let n = put(c, x: x + used, y: y, limit: limit - used, style: style.union(s))
            if n < 0 { break }
            used += n
        }
        return used
    }

    /// One grapheme: the columns it took, or -1 when it did not fit.
    private mutating func put(_ c: Character, x: Int, y: Int, limit: Int, style: Style) -> Int {
        guard y >= 0, y < height, x >= 0 else { return -1 }
        // The last defence: nothing that acts on a terminal ever reaches a cell.
        let safe: Character = c.unicodeScalars.contains(where: Sanitised.isUnsafe) ? "\u{FFFD}" : c
        let w = DisplayWidth.of(safe)
        if w == 0 { return 0 }
        guard w <= limit, x + w <= width else { return -1 }
        clear(x: x, y: y)
        if w == 2 { clear(x: x + 1, y: y) }
        cells[y * width + x] = Cell(text: String(safe), style: style, width: w)
        if w == 2 { cells[y * width + x + 1] = Cell(text: "", style: style, width: 0) }
        return w
    }

    /// Blanks the glyph that covers a cell, so that no half of a wide glyph stays behind.
    private mutating func clear(x: Int, y: Int) {
        let i = y * width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(text: " ", style: cells[i - 1].style)
        } else if cells[i].width == 2, x + 1 < width {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style)
        }
        cells[i] = Cell(text: " ", style: cells[i].style)
    }
}
