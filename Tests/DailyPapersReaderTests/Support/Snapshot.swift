import Foundation
import XCTest
import DailyPapersReader

/// A screen as plain text, compared with `Snapshots/<name>.txt`.
///
/// The file has the text rows (each closed by `|` so trailing spaces show), a line
/// `-- styles --`, then one character per column saying how each cell is drawn:
/// `.` plain, `d` dim, `H` heading, `K` key, `=` header/status bar or border, `S`
/// selected, `M` search match, `X` match in the selected row, `E` error. A wide glyph's
/// two columns carry the same code. `UPDATE_SNAPSHOTS=1 swift test` records afresh.
func assertSnapshot(_ canvas: Canvas, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let actual = snapshotText(canvas)
    let source = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots/\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
        try? actual.write(to: source, atomically: true, encoding: .utf8)
        return
    }
    let stored = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Snapshots")
    guard let stored, let expected = try? String(contentsOf: stored, encoding: .utf8) else {
        XCTFail("no snapshot \(name).txt; record it with UPDATE_SNAPSHOTS=1. Screen:\n\(actual)", file: file, line: line)
        return
    }
    if expected != actual {
        XCTFail("screen differs from Snapshots/\(name).txt:\n\(actual)", file: file, line: line)
    }
}

func snapshotText(_ canvas: Canvas) -> String {
    var text: [String] = []
    var styles: [String] = []
    for y in 0..<canvas.height {
        text.append(canvas.row(y).map(\.text).joined() + "|")
        styles.append(String(canvas.row(y).map(styleCode)))
    }
    let cursor = canvas.cursor.map { "cursor \($0.x),\($0.y)" } ?? "no cursor"
    return "\(canvas.width)x\(canvas.height), \(cursor)\n" + text.joined(separator: "\n")
        + "\n-- styles --\n" + styles.joined(separator: "\n") + "\n"
}

private func styleCode(_ cell: Cell) -> Character {
    let s = cell.style
    if s.contains(.match) { return s.contains(.selected) ? "X" : "M" }
    if s.contains(.selected) { return "S" }
    if s.contains(.error) { return "E" }
    if s.contains(.chrome) { return "=" }
    if s.contains(.heading) { return "H" }
    if s.contains(.key) { return "K" }
    if s.contains(.dim) { return "d" }
    return "."
}
