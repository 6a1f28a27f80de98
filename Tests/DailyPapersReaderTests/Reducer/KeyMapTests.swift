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
        XCTAssertEqual(s.press(.ctrl("c")), [.quit], "Ctrl-c quits outside a prompt")
        let help = HelpView.content(width: 100, keyMap: map).map { $0.characters.map { String($0.0) }.joined() }
        XCTAssertTrue(help.contains { $0.hasPrefix("x") && $0.contains("toggle-star") }, help.joined(separator: "\n"))
    }

    /// The footer and the help's table name the keys in force, not the defaults.
    func testTheFooterAndTheHelpNameTheKeysConfigGave() {
        let map = KeyMap(overrides: [.quit: [.char("x")], .down: [.char("n")], .search: [.char("f"), .char("/")]])
        var s = ReaderState(catalog: Fixtures.seed(), width: 100, height: 30, keyMap: map)
        XCTAssertEqual(StatusView.hints(s), "n/k move · Enter detail · / search · o open · y copy · ? help · x quit")
        s.press(.enter)
        XCTAssertEqual(StatusView.hints(s), "n/k scroll · Esc list · o open · y copy · ? help · x quit")
        let help = HelpView.content(width: 100, keyMap: map).map { $0.characters.map { String($0.0) }.joined() }
        XCTAssertTrue(help.contains { $0.hasPrefix("n k ↑         next/previous") }, help.joined(separator: "\n"))
        XCTAssertTrue(help.contains { $0.contains("/ f           search as you type") }, help.joined(separator: "\n"))
        XCTAssertTrue(help.contains { $0.contains("x Ctrl-c      quit") }, help.joined(separator: "\n"))
        XCTAssertTrue(help.contains { $0.hasPrefix("g G Home End  first/last") }, "unchanged keys as written")

        let none = KeyMap(overrides: [.openAbstract: [], .help: []])
        XCTAssertEqual(StatusView.hints(ReaderState(catalog: Fixtures.seed(), keyMap: none)),
                       "j/k move · Enter detail · / search · y copy · q quit", "an action without a key is not hinted")
    }

    /// On a narrow terminal the detail fills the screen, and q leaves it as a pager's q does;
    /// side by side, and from the list, q quits.
    func testQLeavesTheFullScreenDetail() {
        var narrow = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        narrow.press(.enter)
        XCTAssertEqual(narrow.focus, .detail)
        XCTAssertEqual(StatusView.hints(narrow), "j/k scroll · Esc list · o open · y copy · ? help")
        XCTAssertEqual(narrow.press(.char("q")), [])
        XCTAssertEqual(narrow.focus, .list)
        XCTAssertEqual(narrow.press(.char("q")), [.quit])
        narrow.press(.enter)
        XCTAssertEqual(narrow.press(.ctrl("c")), [.quit], "Ctrl-c quits outside a prompt")

        var tiny = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        tiny.press(.enter)
        _ = tiny.handle(.resize(width: 30, height: 8))
        XCTAssertTrue(tiny.screenText.contains("q quits"), tiny.screenText)
        XCTAssertEqual(tiny.press(.char("q")), [.quit], "too small: q quits, as the screen says")

        var wide = ReaderState(catalog: Fixtures.seed(), width: 100, height: 30)
        wide.press(.enter)
        XCTAssertEqual(wide.focus, .detail)
        XCTAssertEqual(wide.press(.char("q")), [.quit])
    }

    /// Keys too many for the help's column take a line of their own, whole, the words under
    /// them; both columns keep their places.
    func testManyKeysTakeALineOfTheirOwnInTheHelp() throws {
        let many: [Key] = [.backspace, .delete, .backTab, .pageDown, .char("n"), .ctrl("n")]
        let help = HelpView.content(width: 100, keyMap: KeyMap(overrides: [.down: many]))
            .map { $0.characters.map { String($0.0) }.joined() }
        let at = try XCTUnwrap(help.firstIndex { $0.contains("next/previous") })
        XCTAssertTrue(help[at - 1].hasPrefix("n Ctrl-n Shift-Tab Backspace Delete PgDn k ↑"), help[at - 1])
        XCTAssertTrue(help[at].hasPrefix(String(repeating: " ", count: HelpView.keyWidth) + "next/previous"), help[at])
        // The right column starts where it did.
        let right = HelpView.columnWidth + HelpView.gap
        let table = help.prefix { !$0.hasPrefix("Query:") }
        for line in table where line.count > right { XCTAssertEqual(line.dropFirst(right - 1).first, " ", line) }
        XCTAssertTrue(help.contains { $0.dropFirst(right).hasPrefix("v             sort by votes") })
    }
}
