import DailyPapersCore
@testable import DailyPapersFetch
import Foundation
import XCTest

final class FetchSettingsTests: XCTestCase {
    func testTheURLKeepsAnEndpointPrefix() {
        let day = Day("2025-01-02")!
        XCTAssertEqual(FetchSettings().url(for: day).absoluteString, "https://huggingface.co/api/daily_papers?date=2025-01-02")
        let mirror = FetchSettings(endpoint: FetchSettings.parseEndpoint("http://127.0.0.1:8080/hf/")!)
        XCTAssertEqual(mirror.url(for: day).absoluteString, "http://127.0.0.1:8080/hf/api/daily_papers?date=2025-01-02")
        XCTAssertNil(FetchSettings.parseEndpoint("ftp://example.com"))
        XCTAssertNil(FetchSettings.parseEndpoint("huggingface.co"))
        XCTAssertEqual(FetchSettings.endpoint(environment: ["DAILYPAPERS_ENDPOINT": "http://127.0.0.1:9"]), "http://127.0.0.1:9")
        XCTAssertEqual(FetchSettings.endpoint(environment: [:]), "https://huggingface.co")
    }

    func testRetryAfterReadsSecondsAndDates() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)   // Tue, 14 Nov 2023 22:13:20 GMT
        XCTAssertEqual(RetryPolicy.retryAfter("7", now: now), 7)
        XCTAssertEqual(RetryPolicy.retryAfter(" 0 ", now: now), 0)
        XCTAssertEqual(RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:13:50 GMT", now: now), 30)
        XCTAssertEqual(RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:00:00 GMT", now: now), 0)
        XCTAssertNil(RetryPolicy.retryAfter("soon", now: now))
        XCTAssertNil(RetryPolicy.retryAfter(nil, now: now))
        XCTAssertNil(RetryPolicy.retryAfter("-3", now: now))
    }

    func testBackoffDoublesUpToItsCap() {
        let p = RetryPolicy(attempts: 6, backoff: 1, maxBackoff: 5)
        XCTAssertEqual((1...5).map { p.delay(beforeRetry: $0) }, [1, 2, 4, 5, 5])
    }

    func testDefaultDirectoryFollowsXDG() {
        XCTAssertEqual(FetchLocation.defaultDirectory(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"]),
                       "/data/dailypapers/digests")
        XCTAssertEqual(FetchLocation.defaultDirectory(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"]),
                       "/home/u/.local/share/dailypapers/digests")
        XCTAssertEqual(FetchLocation.defaultDirectory(environment: ["HOME": "/home/u"]),
                       "/home/u/.local/share/dailypapers/digests")
    }

    func testMissingDaysAreNewestFirstAndTodayIsAlwaysRefreshed() throws {
        let scratch = try ScratchFolder()
        try scratch.write("## Daily Papers (2024-04-25)\n", to: "2024/04/25.md")
        try scratch.write("## Daily Papers (2024-04-27)\n", to: "2024/04/27.md")
        try scratch.write("notes\n", to: "2024/04/notes.md")
        let folder = DigestFolder(scratch.url)
        XCTAssertEqual(folder.days(), [Day("2024-04-25")!, Day("2024-04-27")!])
        let today = Day("2024-04-27")!
        XCTAssertEqual(Fetcher.missingDays(in: folder, lookback: 4, today: today).map(\.description),
                       ["2024-04-27", "2024-04-26", "2024-04-24"])
        XCTAssertEqual(Fetcher.missingDays(in: folder, since: Day("2024-04-25"), until: Day("2024-04-26"), today: today)
            .map(\.description), ["2024-04-26"])
        XCTAssertTrue(FetchLocation.holdsDigests(scratch.url.path))
        XCTAssertFalse(FetchLocation.holdsDigests(scratch.url.appendingPathComponent("absent").path))
    }

    func testDayCalendarCrossesMonthsAndLeapDays() {
        XCTAssertEqual(DayCalendar.adding(1, to: Day("2024-02-28")!), Day("2024-02-29")!)
        XCTAssertEqual(DayCalendar.adding(1, to: Day("2024-12-31")!), Day("2025-01-01")!)
        XCTAssertEqual(DayCalendar.days(from: Day("2024-02-28")!, through: Day("2024-03-01")!).count, 3)
        XCTAssertEqual(DayCalendar.days(from: Day("2024-03-01")!, through: Day("2024-02-28")!), [])
        XCTAssertEqual(DayCalendar.today(Date(timeIntervalSince1970: 1_700_000_000)), Day("2023-11-14")!)
    }

    /// The reader's status line gets each URL as its host, so that the reason fits.
    func testABriefErrorNamesTheHostAndKeepsTheReason() {
        let url = "http://127.0.0.1:9/api/daily_papers?date=2024-05-01&limit=100"
        let e = FetchError.unreachable(url: url, reason: "Connection refused")
        XCTAssertTrue(e.description.contains(url))
        XCTAssertEqual(e.description, "cannot reach \(url): Connection refused (offline, or a wrong --endpoint?)")
        XCTAssertEqual(e.brief, "cannot reach 127.0.0.1:9: Connection refused", "no --endpoint hint in the reader")
        XCTAssertEqual(FetchError.http(url: "https://huggingface.co/api/daily_papers?date=x", status: 503, attempts: 3).brief,
                       "HTTP 503 Service Unavailable from huggingface.co (3 attempts)")
        XCTAssertEqual(FetchError.write(path: "/x/y.md", reason: "full").brief, "cannot write /x/y.md: full")
    }
}
