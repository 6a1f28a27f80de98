import XCTest
@testable import DailyPapersReader

final class BoxTests: XCTestCase {
    /// A box a few columns narrower than the screen left a pane's cells beside its
    /// border (the list's unread `N`, a cut word), which read as part of the box.
    func testClearsTwoColumnsBesideEachSideAndNothingAboveOrBelow() {
        var canvas = Canvas(width: 14, height: 6)
        for y in 0..<6 { canvas.put(String(repeating: "x", count: 14), x: 0, y: y) }
        let box = Box(width: 8, height: 4, screenWidth: 14, screenHeight: 6)
        XCTAssertEqual(box.rect, Rect(x: 3, y: 1, width: 8, height: 4))
        box.draw(title: "T", into: &canvas)
        let text = (0..<6).map { y in canvas.row(y).map(\.text).joined() }
        XCTAssertEqual(text, [
            "xxxxxxxxxxxxxx",
            "x  ┌─ T ──┐  x",
            "x  │      │  x",
            "x  │      │  x",
            "x  └──────┘  x",
            "xxxxxxxxxxxxxx",
        ])
    }

    func testAtTheScreensEdgeClearsWhatIsThere() {
        var canvas = Canvas(width: 6, height: 4)
        for y in 0..<4 { canvas.put("xxxxxx", x: 0, y: y) }
        Box(width: 10, height: 10, screenWidth: 6, screenHeight: 4).draw(title: "", into: &canvas)
        XCTAssertEqual(canvas.row(1).map(\.text).joined(), " ┌──┐ ")
    }
}
