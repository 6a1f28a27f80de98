import DailyPapersCore
@testable import DailyPapersFetch
import Foundation
import XCTest

/// Each network case against a real server on 127.0.0.1: the digest written, or the error
/// and an untouched folder.
final class FetchHTTPTests: XCTestCase {
    private var server: LoopbackServer!
    private var folder: ScratchFolder!
    private let day = APIFixtures.day

    override func setUpWithError() throws {
        server = try LoopbackServer()
        folder = try ScratchFolder()
    }

    override func tearDown() {
        server.stop()
        server = nil
        folder = nil
    }

    /// Short timeouts and backoffs, so that the whole suite takes seconds.
    private func fetcher(timeout: TimeInterval = 2, attempts: Int = 3, maxBytes: Int = 16 << 20) -> Fetcher {
        Fetcher(settings: FetchSettings(endpoint: server.endpoint, userAgent: "dailypapers/9.9.9",
                                        timeout: timeout, totalTimeout: 5, maxResponseBytes: maxBytes,
                                        retry: RetryPolicy(attempts: attempts, backoff: 0.01, maxBackoff: 0.05, maxRetryAfter: 5)))
    }

    private var url: String { "\(server.endpoint.absoluteString)/api/daily_papers?date=\(day)" }
    private var digestPath: String { "2024/04/26.md" }

    /// Fetches `day`, expecting a failure; returns it.
    private func failure(_ fetcher: Fetcher, file: StaticString = #filePath, line: UInt = #line) -> FetchError? {
        do {
            try fetcher.fetch(day, into: DigestFolder(folder.url))
            XCTFail("the fetch should have failed", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testNormalDayBecomesTheExpectedDigest() throws {
        server.set(APIFixtures.target(day), [.json(APIFixtures.normalDay)])
        var events: [FetchProgress] = []
        let summary = fetcher().fetch([day], into: DigestFolder(folder.url)) { events.append($0) }

        let file = folder.url.appendingPathComponent(digestPath)
        XCTAssertEqual(folder.read(digestPath), APIFixtures.normalDigest)
        XCTAssertEqual(summary.written, [day])
        XCTAssertEqual(summary.papers, 3)
        XCTAssertEqual(events, [.started(day, index: 1, count: 1), .wrote(day, papers: 3, file: file)])
        XCTAssertEqual(Set(folder.snapshot().keys), ["2024/", "2024/04/", digestPath], "no temporary file left behind")

        let request = try XCTUnwrap(server.requests.first)
        XCTAssertEqual(server.requests.count, 1)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/api/daily_papers?date=2024-04-26")
        XCTAssertEqual(request.headers["user-agent"], "dailypapers/9.9.9")
        XCTAssertEqual(request.headers["accept"], "application/json")
    }

    func testEmptyDayIsJustItsHeading() throws {
        server.set(APIFixtures.target(day), [.json("[]")])
        let written = try fetcher().fetch(day, into: DigestFolder(folder.url))
        XCTAssertEqual(written.papers, 0)
        XCTAssertEqual(folder.read(digestPath), "## Daily Papers (2024-04-26)\n\n")
    }

    func test404FailsAtOnceAndWritesNothing() throws {
        server.set(APIFixtures.target(day), [.status(404)])
        let error = failure(fetcher())
        XCTAssertEqual(error, .http(url: url, status: 404, attempts: 1))
        XCTAssertEqual(error?.description, "HTTP 404 Not Found from \(url)")
        XCTAssertEqual(server.requests.count, 1, "a 4xx is not retried")
        XCTAssertEqual(folder.snapshot(), [:])
    }

    func test500Then200IsRetriedAndWritten() throws {
        server.set(APIFixtures.target(day), [.status(500), .json(APIFixtures.onePaper(votes: 7))])
        var events: [FetchProgress] = []
        let summary = fetcher().fetch([day], into: DigestFolder(folder.url)) { events.append($0) }
        XCTAssertEqual(summary.written, [day])
        XCTAssertEqual(server.requests.count, 2)
        XCTAssertEqual(events.dropFirst().first, .retrying(day, attempt: 2, wait: 0.01, reason: "HTTP 500"))
        XCTAssertEqual(folder.read(digestPath), APIFixtures.onePaperDigest(day: day, votes: 7))
    }

    func testPersistent500GivesUpAndKeepsTheOldDigest() throws {
        try folder.write("old digest\n", to: digestPath)
        let before = folder.snapshot()
        server.set(APIFixtures.target(day), [.status(503)])
        let error = failure(fetcher(attempts: 3))
        XCTAssertEqual(error?.description, "HTTP 503 Service Unavailable from \(url) (3 attempts)")
        XCTAssertEqual(server.requests.count, 3)
        XCTAssertEqual(folder.snapshot(), before)
    }

    func test429WaitsForRetryAfter() throws {
        server.set(APIFixtures.target(day), [.status(429, headers: ["Retry-After": "1"]), .json("[]")])
        var events: [FetchProgress] = []
        let start = Date()
        let summary = fetcher().fetch([day], into: DigestFolder(folder.url)) { events.append($0) }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 1.0, "Retry-After: 1 was not honoured")
        XCTAssertEqual(summary.written, [day])
        XCTAssertTrue(events.contains(.retrying(day, attempt: 2, wait: 1, reason: "HTTP 429")), "\(events)")
    }

    func testRetryAfterBeyondTheLimitFailsNow() throws {
        server.set(APIFixtures.target(day), [.status(503, headers: ["Retry-After": "3600"])])
        let error = failure(fetcher())
        XCTAssertEqual(error?.description,
                       "HTTP 503 Service Unavailable from \(url), retry after 3600 s: try again later")
        XCTAssertEqual(server.requests.count, 1)
    }

    func testMalformedJSONIsAnErrorAndKeepsTheOldDigest() throws {
        try folder.write("old digest\n", to: digestPath)
        let before = folder.snapshot()
        server.set(APIFixtures.target(day), [.json(#"[{"paper": {"id": "2404.16710", "title": "Cut off"#)])
        let error = failure(fetcher())
        XCTAssertEqual(error?.description, "the response from \(url) is not the Daily Papers JSON: not valid JSON")
        XCTAssertEqual(folder.snapshot(), before)
    }

    func testAnObjectInsteadOfTheArrayIsAnError() throws {
        server.set(APIFixtures.target(day), [.json(#"{"error": "Invalid date"}"#)])
        XCTAssertEqual(failure(fetcher())?.description,
                       "the response from \(url) is not the Daily Papers JSON: expected a JSON array of papers, got an object")
    }

    func testAMissingFieldNamesTheItem() throws {
        let body = #"[{"paper": {"id": "2404.16710", "title": "A", "summary": "", "upvotes": 1, "authors": []}},"#
            + #" {"paper": {"id": "2404.16821", "title": "B", "summary": "", "authors": [{"name": "X"}]}}]"#
        server.set(APIFixtures.target(day), [.json(body)])
        let error = failure(fetcher())
        XCTAssertEqual(error, .invalidItem(url: url, item: 2, id: "2404.16821", detail: "'paper.upvotes' is missing"))
        XCTAssertEqual(error?.description,
                       "the response from \(url) has a bad paper: item 2 (2404.16821): 'paper.upvotes' is missing")
        XCTAssertEqual(folder.snapshot(), [:])
    }

    func testAFieldOfTheWrongTypeNamesTheItem() throws {
        let body = #"[{"paper": {"id": "2404.16821", "title": "B", "summary": "", "upvotes": "many", "authors": [{"name": 3}]}}]"#
        server.set(APIFixtures.target(day), [.json(body)])
        XCTAssertEqual(failure(fetcher()),
                       .invalidItem(url: url, item: 1, id: "2404.16821", detail: "paper.upvotes: expected a whole number"))
    }

    func testSlowResponseTimesOut() throws {
        var slow = LoopbackServer.Reply.json("[]")
        slow.delay = 3
        server.set(APIFixtures.target(day), [slow])
        let start = Date()
        let error = failure(fetcher(timeout: 0.3, attempts: 2))
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(error, .timedOut(url: url, seconds: 0.3, attempts: 2))
        XCTAssertEqual(error?.description, "no answer from \(url) within 0.3 s (2 attempts)")
        XCTAssertGreaterThanOrEqual(elapsed, 0.6, "each attempt should wait the whole 0.3 s")
        XCTAssertLessThan(elapsed, 2.5, "the timeout did not cut the request short")
        XCTAssertEqual(server.requests.count, 2)
        XCTAssertEqual(folder.snapshot(), [:])
    }

    func test20MBResponseIsRefused() throws {
        let body = APIFixtures.huge(bytes: 20 << 20)
        server.set(APIFixtures.target(day), [LoopbackServer.Reply(status: 200, body: body)])
        let start = Date()
        let error = failure(fetcher())
        XCTAssertEqual(error?.description, "the response from \(url) is larger than 16 MB: not a day of papers")
        XCTAssertEqual(server.requests.count, 1, "a refused body is not asked for again")
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
        XCTAssertEqual(folder.snapshot(), [:])
    }

    func test20MBResponseWithoutALengthIsCutOff() throws {
        let body = APIFixtures.huge(bytes: 20 << 20)
        server.set(APIFixtures.target(day), [LoopbackServer.Reply(status: 200, body: body, withoutLength: true)])
        XCTAssertEqual(failure(fetcher()), .tooLarge(url: url, limit: 16 << 20))
        XCTAssertEqual(folder.snapshot(), [:])
    }

    func testTheLimitIsInclusive() throws {
        let body = APIFixtures.onePaper(votes: 3)
        var reply = LoopbackServer.Reply.json(body)
        reply.withoutLength = true
        server.set(APIFixtures.target(day), [reply])
        XCTAssertEqual(try fetcher(maxBytes: body.utf8.count).fetch(day, into: DigestFolder(folder.url)).papers, 1)
        XCTAssertEqual(failure(fetcher(maxBytes: body.utf8.count - 1)), .tooLarge(url: url, limit: body.utf8.count - 1))
    }

    func testNothingListeningIsUnreachableWithoutRetries() throws {
        let closed = try LoopbackServer()
        closed.stop()
        let settings = FetchSettings(endpoint: closed.endpoint, timeout: 2,
                                     retry: RetryPolicy(attempts: 3, backoff: 0.5))
        let start = Date()
        do {
            try Fetcher(settings: settings).fetch(day, into: DigestFolder(folder.url))
            XCTFail("nothing listens there")
        } catch {
            XCTAssertEqual(error.description,
                           "cannot reach \(closed.endpoint.absoluteString)/api/daily_papers?date=2024-04-26: "
                           + "could not connect to the server (offline, or a wrong --endpoint?)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5, "an unreachable server is not retried")
        XCTAssertEqual(folder.snapshot(), [:])
    }

    func testFetchingADayAgainReplacesIt() throws {
        server.set(APIFixtures.target(day), [.json(APIFixtures.onePaper(votes: 5)), .json(APIFixtures.onePaper(votes: 9))])
        try fetcher().fetch(day, into: DigestFolder(folder.url))
        try fetcher().fetch(day, into: DigestFolder(folder.url))
        XCTAssertEqual(folder.read(digestPath), APIFixtures.onePaperDigest(day: day, votes: 9))
        let library = Loader.load([folder.url.path])
        XCTAssertEqual(library.papers.count, 1)
        XCTAssertEqual(library.papers.first?.appearances.map(\.votes), [9])
        XCTAssertEqual(Set(folder.snapshot().keys), ["2024/", "2024/04/", digestPath])
    }

    func testOneFailedDayDoesNotStopTheOthers() throws {
        let days = DayCalendar.days(from: Day("2024-04-29")!, through: Day("2024-05-01")!)
        server.set(APIFixtures.target(days[0]), [.json(APIFixtures.onePaper(votes: 1))])
        server.set(APIFixtures.target(days[2]), [.json(APIFixtures.onePaper(id: "2405.00001", votes: 2))])
        var lines: [String] = []
        let summary = fetcher().fetch(days, into: DigestFolder(folder.url)) { event in
            switch event {
            case .wrote(let d, let n, _): lines.append("\(d) \(n)")
            case .failed(let d, let e): lines.append("\(d) \(e)")
            default: break
            }
        }
        let missing = "\(server.endpoint.absoluteString)/api/daily_papers?date=2024-04-30"
        XCTAssertEqual(lines, ["2024-04-29 1", "2024-04-30 HTTP 404 Not Found from \(missing)", "2024-05-01 1"])
        XCTAssertEqual(summary.written, [days[0], days[2]])
        XCTAssertEqual(summary.failed.map(\.day), [days[1]])
        XCTAssertEqual(Set(folder.snapshot().keys), ["2024/", "2024/04/", "2024/04/29.md", "2024/05/", "2024/05/01.md"])
    }

    func testFetchMissingSkipsDaysOnDiskNewestFirst() throws {
        try folder.write("## Daily Papers (2024-04-25)\n", to: "2024/04/25.md")
        for d in ["2024-04-24", "2024-04-26"] {
            server.set(APIFixtures.target(Day(d)!), [.json("[]")])
        }
        let summary = fetcher().fetchMissing(into: DigestFolder(folder.url), since: Day("2024-04-24"), until: Day("2024-04-26"))
        XCTAssertEqual(summary.written, [Day("2024-04-26")!, Day("2024-04-24")!])
        XCTAssertEqual(server.requests.map(\.target), ["/api/daily_papers?date=2024-04-26", "/api/daily_papers?date=2024-04-24"])
        XCTAssertEqual(folder.read("2024/04/25.md"), "## Daily Papers (2024-04-25)\n")
    }

    func testCancellingStopsASlowRequest() throws {
        var slow = LoopbackServer.Reply.json("[]")
        slow.delay = 3
        server.set(APIFixtures.target(day), [slow])
        let cancellation = FetchCancellation()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { cancellation.cancel() }
        let start = Date()
        let summary = fetcher().fetch([day, DayCalendar.adding(1, to: day)], into: DigestFolder(folder.url), cancellation: cancellation)
        XCTAssertTrue(summary.cancelled)
        XCTAssertEqual(summary.written, [])
        XCTAssertEqual(summary.failed.count, 0)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.5)
        XCTAssertEqual(server.requests.count, 1)
        XCTAssertEqual(folder.snapshot(), [:])
    }
}
