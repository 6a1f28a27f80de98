@testable import DailyPapersReader

extension ReaderState {
    /// Presses keys in order and returns every effect they asked for.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { handle(.key($0)) }
    }

    /// Types each character of `text` as a key.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { handle(.key(.char($0))) }
    }

    /// The arXiv ids of the listed papers, in order.
    var listedIDs: [String] { hits.map { catalog.papers[$0.paper].id } }

    var selectedID: String? { selectedPaper?.id }
}

extension ReaderState {
    /// What one frame shows, as text (styles dropped).
    var screenText: String {
        let canvas = Screen.render(self)
        return (0..<canvas.height).map { canvas.row($0).map(\.text).joined() }.joined(separator: "\n")
    }
}
