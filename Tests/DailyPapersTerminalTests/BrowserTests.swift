import XCTest
@testable import DailyPapersTerminal

/// Which commands may open a link, in the order they are tried.
final class BrowserTests: XCTestCase {
    let url = "https://arxiv.org/abs/2404.16710"

    func testBrowserListsCommandsSeparatedByColons() {
        let commands = Browser.commands(for: url, environment: ["BROWSER": "/nonexistent/browser:firefox --new-tab:links -g %s"])
        XCTAssertEqual(commands, [["/nonexistent/browser", url], ["firefox", "--new-tab", url], ["links", "-g", url]])
    }

    func testEmptyEntriesAreSkippedAndTheOpenerIsTheLastResort() {
        XCTAssertEqual(Browser.commands(for: url, environment: ["BROWSER": "::w3m:"]), [["w3m", url]])
        XCTAssertEqual(Browser.commands(for: url, environment: ["BROWSER": ": :"]).first?.first, "xdg-open")
        XCTAssertEqual(Browser.commands(for: url, environment: [:]), [["xdg-open", url]])
    }

    func testTerminalBrowsersAreKnownByTheirProgramsName() {
        XCTAssertTrue(Browser.runsInTerminal(["w3m", url]))
        XCTAssertTrue(Browser.runsInTerminal(["/usr/bin/lynx", "-accept_all_cookies", url]))
        XCTAssertFalse(Browser.runsInTerminal(["firefox", url]))
        XCTAssertFalse(Browser.runsInTerminal(["/opt/w3m-tools/open", url]))
        XCTAssertFalse(Browser.runsInTerminal([]))
    }

    /// A program run in the foreground: its status, or why it did not start.
    func testForegroundReportsTheStatusOrTheFailureToStart() {
        guard case .success(true) = Foreground.run(["true"]) else { return XCTFail("true") }
        guard case .success(false) = Foreground.run(["sh", "-c", "exit 3"]) else { return XCTFail("exit 3") }
        guard case .failure = Foreground.run(["/nonexistent/w3m", url]) else { return XCTFail("a missing program starts") }
    }

    func testTheConfiguredCommandIsOneCommandAndComesFirst() {
        let commands = Browser.commands(for: url, environment: ["BROWSER": "a:b"], configured: ["open-it", "--url=%s"])
        XCTAssertEqual(commands, [["open-it", "--url=\(url)"]])
    }
}
