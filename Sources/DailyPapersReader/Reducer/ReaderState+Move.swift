extension ReaderState {
    /// Rows in the focused pane, for page moves.
    var page: Int {
        let l = layout
        return max(1, (focus == .list ? l.list.height : l.detail.height) - 1)
    }

    var halfPage: Int { max(1, page / 2) }

    /// Moves the selection, or scrolls the detail when it has the focus.
    mutating func move(by n: Int) {
        if focus == .detail {
            scrollDetail(by: n)
        } else {
            select(clampedAdd(selected, n))
        }
    }

    func clampedAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max : Int.min) : sum
    }
}
