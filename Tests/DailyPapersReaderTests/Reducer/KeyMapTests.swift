import XCTest
import DailyPapersCore
@testable import DailyPapersReader

final class KeyMapTests: XCTestCase {
    func testKeyNamesRoundTrip() {
        for (_, keys) in KeyMap.defaults {
            for key in keys { XCTAssertEqual(Key(name: key.name), key, key.name) }
        }
        XCTAssertEqual(Key(name: "ctrl-q"), .ctrl("q"))
        XCTAssertEqual(Key(name: "PgDn"), .pageDown)
        XCTAssertEqual(Key(name: "모"), .char("모"))
        XCTAssertNil(Key(name: "ctrl-"))
        XCTAssertNil(Key(name: "xy"))
        XCTAssertNil(Key(name: " "))
    }

    func testEveryActionHasADefaultKey() {
        let map = KeyMap()
        for action in Action.allCases { XCTAssertFalse(map.keys(for: action).isEmpty, action.rawValue) }
    }

    func testAnOverrideReplacesTheActionsKeysAndTakesItsKeys() {
        let map = KeyMap(overrides: [.toggleStar: [.char("x")], .quit: [.char("j")]])
        var s = ReaderState(catalog: Fixtures.seed(), keyMap: map)
        XCTAssertEqual(s.press(.char("*")), [], "the old key of toggle-star does nothing now")
        XCTAssertEqual(s.press(.char("x")), [.persist(.starred(id: "2404.16710", true))])
        XCTAssertEqual(s.press(.char("j")), [.quit], "j was given to quit")
        XCTAssertEqual(s.press(.down), [])
        XCTAssertEqual(s.selectedPaper?.id, "2404.16821", "down still moves")
        XCTAssertEqual(s.press(.ctrl("c")), [.quit], "Ctrl-c always quits")
        let help = HelpView.content(width: 100, keyMap: map).map { $0.characters.map { String($0.0) }.joined() }
        XCTAssertTrue(help.contains { $0.hasPrefix("x") && $0.contains("toggle-star") }, help.joined(separator: "\n"))
    }
}
