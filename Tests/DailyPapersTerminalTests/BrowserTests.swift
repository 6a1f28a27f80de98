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

    func testTheConfiguredCommandIsOneCommandAndComesFirst() {
        let commands = Browser.commands(for: url, environment: ["BROWSER": "a:b"], configured: ["open-it", "--url=%s"])
        XCTAssertEqual(commands, [["open-it", "--url=\(url)"]])
    }
}
