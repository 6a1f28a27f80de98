import Foundation
import XCTest

/// `dailypapers fetch` end to end: the built binary against a loopback server (Python's
/// http.server with a small handler, since this target cannot share the Swift one), which
/// answers `date=D` with `D.json` from a folder, else 404, and logs every request.
final class FetchCommandTests: XCTestCase {
    private var scratch: URL!
    private var server: Process?
    private var port = 0

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dp-fetchcli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("api"), withIntermediateDirectories: true)
        try Self.paper(id: "2405.00001", title: "A [Bracketed] $\\times$ Title", votes: 5)
            .write(to: scratch.appendingPathComponent("api/2024-05-02.json"))
        try startServer()
    }

    override func tearDown() {
        server?.terminate()
        server?.waitUntilExit()
        try? FileManager.default.removeItem(at: scratch)
    }

    private static func paper(id: String, title: String, votes: Int) -> Data {
        let item: [String: Any] = [
            "paper": ["id": id, "title": title, "summary": "First sentence. Second one.", "upvotes": votes,
                      "authors": [["name": "Ada Lovelace"], ["name": "Sean O'Brien"]], "publishedAt": "2024-05-01T00:00:00.000Z"],
            "title": title, "numComments": 1,
        ]
        return try! JSONSerialization.data(withJSONObject: [item])
    }

    private static let handler = #"""
    import http.server, os, sys, urllib.parse
    root = sys.argv[1]
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            day = query.get("date", [""])[0]
            with open(os.path.join(root, "requests.log"), "a") as log:
                log.write(self.path + " | " + self.headers.get("User-Agent", "") + "\n")
            path = os.path.join(root, day + ".json")
            if day and os.path.isfile(path):
                status, body = 200, open(path, "rb").read()
            else:
                status, body = 404, b'{"error": "not found"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def log_message(self, *args):
            pass
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#

    private func startServer() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("python3 is needed to serve the fixtures")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.handler, scratch.appendingPathComponent("api").path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        XCTAssertGreaterThan(port, 0, "the fixture server did not start")
    }

    private var endpoint: String { "http://127.0.0.1:\(port)" }

    private var requestLog: [String] {
        let text = (try? String(contentsOf: scratch.appendingPathComponent("api/requests.log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    func testFetchWritesEachDayAndReportsEachOnStandardError() throws {
        let dir = scratch.appendingPathComponent("digests").path
        let r = try BinaryRunner.run(["fetch", "--since", "2024-05-02", "--until", "2024-05-03",
                                      "--into", dir, "--endpoint", endpoint])
        XCTAssertEqual(r.status, 1, "a failed day makes the exit status non-zero")
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, """
            2024-05-02: 1 paper → \(dir)/2024/05/02.md
            2024-05-03: failed: HTTP 404 Not Found from \(endpoint)/api/daily_papers?date=2024-05-03

            """)
        XCTAssertEqual(try String(contentsOfFile: dir + "/2024/05/02.md", encoding: .utf8), """
            ## Daily Papers (2024-05-02)

            ### [A [Bracketed] $\\times$ Title](https://arxiv.org/abs/2405.00001)

            Vote: 5

            Authors: Ada Lovelace, Sean O'Brien

            - First sentence.
            - Second one.


            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/2024/05/03.md"))

        let version = try BinaryRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(requestLog, ["/api/daily_papers?date=2024-05-02 | dailypapers/\(version)",
                                    "/api/daily_papers?date=2024-05-03 | dailypapers/\(version)"])

        let check = try BinaryRunner.run(["check", dir])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertEqual(check.stdout, "1 file, 1 day, 1 paper, 0 problems\n")
    }

    func testDefaultsComeFromTheEnvironmentAndTheReaderOpensFetchedDays() throws {
        let data = scratch.appendingPathComponent("xdg-data").path
        let env = ["XDG_DATA_HOME": data, "DAILYPAPERS_ENDPOINT": endpoint]
        let fetch = try BinaryRunner.run(["fetch", "--date", "2024-05-02"], environment: env)
        XCTAssertEqual(fetch.status, 0, fetch.stderr)
        XCTAssertEqual(fetch.stderr, "2024-05-02: 1 paper → \(data)/dailypapers/digests/2024/05/02.md\n")

        // No PATH: the shipped seed (2024-04-26) and the fetched day, together.
        let days = try BinaryRunner.run(["days", "--format", "tsv"], environment: env)
        XCTAssertEqual(days.status, 0, days.stderr)
        XCTAssertEqual(days.stdout, "day\tpapers\ttopVotes\n2024-05-02\t1\t5\n2024-04-26\t10\t27\n")
        let seedsOnly = try BinaryRunner.run(["days", "--format", "tsv"], environment: ["XDG_DATA_HOME": data + "/absent"])
        XCTAssertEqual(seedsOnly.stdout, "day\tpapers\ttopVotes\n2024-04-26\t10\t27\n")
    }

    /// Foundation's first session configuration made an empty URL cache folder and a
    /// cookie folder named after the binary's folder; the program leaves only its own.
    func testFetchLeavesNoFoldersButItsOwn() throws {
        let cache = scratch.appendingPathComponent("xdg-cache").path, data = scratch.appendingPathComponent("xdg-data").path
        let into = scratch.appendingPathComponent("into").path
        let env = ["XDG_CACHE_HOME": cache, "XDG_DATA_HOME": data, "DAILYPAPERS_CACHE": "off"]
        // Two days, one failing (each request makes a configuration of its own).
        let fetch = try BinaryRunner.run(["fetch", "--since", "2024-05-02", "--until", "2024-05-03", "--into", into, "--endpoint", endpoint], environment: env)
        XCTAssertEqual(fetch.status, 1, fetch.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache), "made: \((try? FileManager.default.subpathsOfDirectory(atPath: cache)) ?? [])")
        XCTAssertFalse(FileManager.default.fileExists(atPath: data), "made: \((try? FileManager.default.subpathsOfDirectory(atPath: data)) ?? [])")
        // Folders that were there before are left as they were.
        try FileManager.default.createDirectory(atPath: cache + "/org.swift.foundation.URLCache", withIntermediateDirectories: true)
        _ = try BinaryRunner.run(["fetch", "--date", "2024-05-02", "--into", into, "--endpoint", endpoint], environment: env)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache + "/org.swift.foundation.URLCache"), [])
    }

    func testProxiesComeFromTheEnvironment() throws {
        let dir = scratch.appendingPathComponent("digests").path
        // papers.invalid cannot resolve: the day arrives only through the proxy.
        let r = try BinaryRunner.run(["fetch", "--date", "2024-05-02", "--into", dir, "--endpoint", "http://papers.invalid"],
                                     environment: ["http_proxy": endpoint, "no_proxy": ""])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(requestLog.map { $0.components(separatedBy: " | ")[0] },
                       ["http://papers.invalid/api/daily_papers?date=2024-05-02"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/2024/05/02.md"))
    }

    func testBadDatesAndEndpointsAreRefusedBeforeAnyRequest() throws {
        let bad = try BinaryRunner.run(["fetch", "--date", "2024-13-01", "--endpoint", endpoint])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--date '2024-13-01' is not a date (YYYY-MM-DD)"), bad.stderr)
        let both = try BinaryRunner.run(["fetch", "--date", "2024-05-02", "--since", "2024-05-01"])
        XCTAssertEqual(both.status, 64)
        XCTAssertTrue(both.stderr.contains("give either --date or --since"), both.stderr)
        let reversed = try BinaryRunner.run(["fetch", "--since", "2024-05-03", "--until", "2024-05-01", "--endpoint", endpoint])
        XCTAssertEqual(reversed.status, 64)
        XCTAssertTrue(reversed.stderr.contains("--since 2024-05-03 is after --until 2024-05-01"), reversed.stderr)
        let future = try BinaryRunner.run(["fetch", "--date", "2099-01-01", "--endpoint", endpoint])
        XCTAssertEqual(future.status, 64)
        XCTAssertTrue(future.stderr.hasPrefix("Error: --date 2099-01-01 is after today, "), future.stderr)
        XCTAssertTrue(future.stderr.contains("Usage: dailypapers fetch "), "fetch's own usage line: \(future.stderr)")
        let endpointError = try BinaryRunner.run(["fetch", "--date", "2024-05-02", "--endpoint", "ftp://example.com"])
        XCTAssertEqual(endpointError.status, 64)
        XCTAssertTrue(endpointError.stderr.contains("--endpoint 'ftp://example.com' is not an http or https URL"), endpointError.stderr)
        let fromEnvironment = try BinaryRunner.run(["fetch", "--date", "2024-05-02"], environment: ["DAILYPAPERS_ENDPOINT": "ftp://example.com"])
        XCTAssertEqual(fromEnvironment.status, 1)
        XCTAssertTrue(fromEnvironment.stderr.contains("(from $DAILYPAPERS_ENDPOINT or config.toml)"), fromEnvironment.stderr)
        XCTAssertEqual(requestLog, [])
    }
}
