import DailyPapersStore
import XCTest

final class SettingsLoaderTests: XCTestCase {
    let rules = SettingsLoader.Rules(
        actions: ["quit", "toggle-star", "down"],
        keyName: { $0.count == 1 || $0.hasPrefix("ctrl-") && $0.count == 6 ? $0 : $0 == "PgDn" ? "page-down" : $0 == "page-down" ? $0 : nil },
        roles: ["match", "selection"], isColor: { ["red", "black on yellow"].contains($0) })

    /// A key given to two actions would do only one: the later keeps its default keys.
    func testAKeyGivenToTwoActionsIsAProblem() {
        let text = """
        [keys]
        quit = ["x", "PgDn"]
        toggle-star = ["y", "x"]
        down = "page-down"
        """
        let (s, problems) = SettingsLoader.parse(text, path: "c.toml", rules: rules, home: nil)
        XCTAssertEqual(problems.map(\.description), [
            "c.toml:3: keys.toggle-star: 'x' is also given to quit; using the default",
            "c.toml:4: keys.down: 'page-down' is also given to quit; using the default",
        ])
        XCTAssertEqual(s.keys, ["quit": ["x", "PgDn"]])

        // Dotted keys and an inline table: the file's order and lines all the same.
        let dotted = SettingsLoader.parse("keys.toggle-star = [\"x\"]\nkeys.quit = [\"x\"]\n", path: "d.toml", rules: rules, home: nil)
        XCTAssertEqual(dotted.1.map(\.description), ["d.toml:2: keys.quit: 'x' is also given to toggle-star; using the default"])
        let inline = SettingsLoader.parse("keys = { toggle-star = [\"x\"], quit = [\"q\", \"x\"] }\n", path: "i.toml", rules: rules, home: nil)
        XCTAssertEqual(inline.1.map(\.description), ["i.toml:1: keys.quit: 'x' is also given to toggle-star; using the default"])
    }

    func testEverySettingIsRead() {
        let text = """
        # comment
        digests = ["~/papers", "/srv/digests"]
        browser = "firefox --new-tab"
        endpoint = "http://127.0.0.1:8080/mirror"
        clipboard = ["xclip", "-selection", "clipboard"]

        [colors]
        match = "black on yellow"

        [keys]
        quit = ["Q", "ctrl-q"]
        toggle-star = "x"
        """
        let (s, problems) = SettingsLoader.parse(text, path: "c.toml", rules: rules, home: "/home/u")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(s.digests, ["/home/u/papers", "/srv/digests"])
        XCTAssertEqual(s.browser, ["firefox", "--new-tab"])
        XCTAssertEqual(s.endpoint, "http://127.0.0.1:8080/mirror")
        XCTAssertEqual(s.clipboard, ["xclip", "-selection", "clipboard"])
        XCTAssertEqual(s.colors, ["match": "black on yellow"])
        XCTAssertEqual(s.keys, ["quit": ["Q", "ctrl-q"], "toggle-star": ["x"]])
    }

    func testWrongSettingsNameFileLineAndKeyAndKeepDefaults() {
        let text = """
        digests = 5
        browser = "w3m"
        colour = "red"
        endpoint = "ftp://x"

        [colors]
        match = "pink"
        selection = "red"

        [keys]
        star = "x"
        quit = "ctrl-"
        """
        let (s, problems) = SettingsLoader.parse(text, path: "/etc/c.toml", rules: rules, home: nil)
        XCTAssertEqual(problems.map { "\($0.path):\($0.line): \($0.key)" },
                       ["/etc/c.toml:1: digests", "/etc/c.toml:3: colour", "/etc/c.toml:4: endpoint", "/etc/c.toml:7: colors.match",
                        "/etc/c.toml:11: keys.star", "/etc/c.toml:12: keys.quit"])
        XCTAssertTrue(problems[5].description.hasPrefix("/etc/c.toml:12: keys.quit: 'ctrl-' is not a key"), problems[5].description)
        XCTAssertTrue(problems[3].description.hasPrefix("/etc/c.toml:7: colors.match: 'pink' is not a colour; write it like \"black on yellow\""),
                      problems[3].description)
        // What was right still applies.
        XCTAssertEqual(s.browser, ["w3m"])
        XCTAssertEqual(s.colors, ["selection": "red"])
        XCTAssertEqual(s.digests, [])
        XCTAssertEqual(s.keys, [:])
    }

    func testSyntaxErrorGivesItsLineAndAllDefaults() {
        let (s, problems) = SettingsLoader.parse("browser = \"x\"\n[keys\nquit = 1\n", path: "c.toml", rules: rules, home: nil)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.line, 2)
        XCTAssertEqual(s, Settings())
    }

    func testMissingFileIsTheDefaults() {
        let (s, problems) = SettingsLoader.load(path: "/nonexistent/config.toml", rules: rules)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(s, Settings())
    }

    func testConfigLocationOrder() {
        XCTAssertEqual(SettingsLoader.path(environment: ["DAILYPAPERS_CONFIG": "/c.toml", "HOME": "/h"]), "/c.toml")
        XCTAssertEqual(SettingsLoader.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/dailypapers/config.toml")
        XCTAssertEqual(SettingsLoader.path(environment: ["HOME": "/h"]), "/h/.config/dailypapers/config.toml")
        XCTAssertNil(SettingsLoader.path(environment: [:]))
    }
}
