/// The `d` overlay: a line for the typed date, then "all days" and every day, newest first.
enum DayPickerView {
    static func box(width: Int, height: Int, picker: DayPicker) -> Box {
        Box(width: 44, height: picker.rowCount + 3, screenWidth: width, screenHeight: height)
    }

    static func draw(_ picker: DayPicker, into canvas: inout Canvas) {
        let box = box(width: canvas.width, height: canvas.height, picker: picker)
        box.draw(title: "Days · type a date to jump", into: &canvas)
        let inner = box.inner
        guard inner.height > 0 else { return }
        let typed = StyledText("Go to: ", style: .dim) + StyledText(picker.typed)
        canvas.put(typed, x: inner.x, y: inner.y, limit: inner.width)
        let rows = inner.height - 1
        for k in 0..<max(0, rows) {
            let row = picker.top + k
            guard row < picker.rowCount else { break }
            let y = inner.y + 1 + k
            let text: String
            if row == 0 {
                let total = picker.allPapers
                text = "All days    \(pad(total, 5)) \(total == 1 ? "paper " : "papers")"
            } else {
                let d = picker.days[row - 1]
                text = "\(d.day)  \(pad(d.papers, 5)) \(d.papers == 1 ? "paper " : "papers")" + (d.topVotes.map { "  top \(pad($0, 4))" } ?? "")
            }
            let selected = row == picker.selected
            if selected { canvas.fill(Rect(x: inner.x - 1, y: y, width: inner.width + 2, height: 1), style: .selected) }
            canvas.put(StyledText(text).truncated(to: inner.width), x: inner.x, y: y, limit: inner.width,
                       style: selected ? .selected : [])
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
