/// A bordered rectangle for overlays.
struct Box {
    let rect: Rect
    var innerHeight: Int { max(0, rect.height - 2) }
    var innerWidth: Int { max(0, rect.width - 4) }
    /// Where content starts: inside the border, one column of margin.
    var inner: Rect { Rect(x: rect.x + 2, y: rect.y + 1, width: innerWidth, height: innerHeight) }

    /// A box of at most `width`×`height` centred in a `screenWidth`×`screenHeight` screen.
    init(width: Int, height: Int, screenWidth: Int, screenHeight: Int) {
        let w = min(width, max(0, screenWidth - 2))
        let h = min(height, max(0, screenHeight - 2))
        rect = Rect(x: (screenWidth - w) / 2, y: (screenHeight - h) / 2, width: w, height: h)
    }

    func draw(title: String, into canvas: inout Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        // Two columns cleared on each side: a pane's cells left beside the border (an
        // unread mark, a cut word) read as part of the box.
        canvas.fill(Rect(x: rect.x - 2, y: rect.y, width: rect.width + 4, height: rect.height), style: [])
        let horizontal = String(repeating: "─", count: rect.width - 2)
        canvas.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: .chrome)
        canvas.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: .chrome)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            canvas.put("│", x: rect.x, y: y, style: .chrome)
            canvas.put("│", x: rect.maxX - 1, y: y, style: .chrome)
        }
        canvas.put(" \(title) ", x: rect.x + 2, y: rect.y, limit: rect.width - 4, style: .chrome)
    }
}
