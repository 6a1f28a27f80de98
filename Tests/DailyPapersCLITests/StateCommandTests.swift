import Foundation
import XCTest

/// star, unstar, read, unread, note, export, and is:/has: in list, on a state file of the test's own.
final class StateCommandTests: XCTestCase {
    var dir: URL!
    var state: String { dir.appendingPathComponent("state.sqlite").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func run(_ args: [String]) throws -> BinaryRunner.Outcome {
        try BinaryRunner.run(args + ["--state", state])
    }

    func testMarksAreKeptAndQueried() throws {
        XCTAssertEqual(try run(["star", "2404.16821"]).stdout, "2404.16821: starred\n")
        XCTAssertEqual(try run(["star", "https://arxiv.org/abs/2404.16645v2"]).stdout, "2404.16645: starred\n")
        XCTAssertEqual(try run(["read", "2404.16821"]).status, 0)
        XCTAssertEqual(try run(["note", "2404.16710", "compare", "with", "Medusa"]).stdout, "2404.16710: note saved\n")
        XCTAssertEqual(try run(["unstar", "2404.16645"]).status, 0)

        func ids(_ query: String) throws -> [String] {
            let r = try run(["list", BinaryRunner.seeds, "--query", query, "--format", "tsv"])
            XCTAssertEqual(r.status, 0, r.stderr)
            return r.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        }
        XCTAssertEqual(try ids("is:starred"), ["2404.16821"])
        XCTAssertEqual(try ids("is:read"), ["2404.16821"])
        XCTAssertEqual(try ids("has:note"), ["2404.16710"])
        XCTAssertEqual(try ids("-is:unread -is:starred"), [])
        XCTAssertEqual(try ids("is:unread votes:>=16"), ["2404.16710", "2404.16811"])

        let bad = try run(["star", "not an id"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("is not an arXiv id"), bad.stderr)
    }

    func testShowGivesYourMarksAndNote() throws {
        let before = try run(["show", "2404.16710", BinaryRunner.seeds])
        XCTAssertFalse(before.stdout.contains("Marks:") || before.stdout.contains("Note:"), before.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: state), "a look creates no state file")
        _ = try run(["star", "2404.16710"])
        _ = try run(["note", "2404.16710", "compare with Medusa"])
        let text = try run(["show", "2404.16710", BinaryRunner.seeds])
        XCTAssertEqual(text.status, 0, text.stderr)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let source = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Source:") })
        XCTAssertEqual(Array(lines[source + 1...source + 2]), ["Marks:    ★ starred", "Note:     compare with Medusa"])
        let json = try XCTUnwrap(try BinaryRunner.json(try run(["show", "2404.16710", BinaryRunner.seeds, "--format", "json"]).stdout) as? [String: Any])
        XCTAssertEqual(json["starred"] as? Bool, true)
        XCTAssertEqual(json["read"] as? Bool, false)
        XCTAssertEqual(json["note"] as? String, "compare with Medusa")
    }

    func testExportFormats() throws {
        _ = try run(["star", "2404.16821"])
        _ = try run(["note", "2404.16821", "50% & more #1"])
        let bib = try run(["export", BinaryRunner.seeds, "--query", "is:starred"])
        XCTAssertEqual(bib.status, 0, bib.stderr)
        XCTAssertTrue(bib.stdout.hasPrefix("@misc{luo2024how-2404.16821,\n  title = {{How Far Are We to GPT-4V?"), bib.stdout)
        XCTAssertTrue(bib.stdout.contains("and Hang Yan and others},"), bib.stdout)
        XCTAssertTrue(bib.stdout.contains("  eprint = {2404.16821},\n  archivePrefix = {arXiv},\n  url = {https://arxiv.org/abs/2404.16821},"))
        XCTAssertTrue(bib.stdout.contains("note = {50\\% \\& more \\#1}"), bib.stdout)

        // Keys are unique and do not depend on what else is exported.
        let all = try run(["export", BinaryRunner.seeds])
        let keys = all.stdout.split(separator: "\n").filter { $0.hasPrefix("@misc{") }
        XCTAssertEqual(keys.count, 10)
        XCTAssertEqual(Set(keys).count, 10)
        XCTAssertTrue(keys.contains("@misc{luo2024how-2404.16821,"))

        let json = try run(["export", BinaryRunner.seeds, "--query", "is:starred", "--format", "json"])
        let papers = try XCTUnwrap(try BinaryRunner.json(json.stdout) as? [[String: Any]])
        XCTAssertEqual(papers.count, 1)
        XCTAssertEqual(papers[0]["starred"] as? Bool, true)
        XCTAssertEqual(papers[0]["read"] as? Bool, false)
        XCTAssertEqual(papers[0]["note"] as? String, "50% & more #1")

        let md = try run(["export", BinaryRunner.seeds, "--query", "has:note", "--format", "markdown"])
        XCTAssertEqual(md.stdout, """
            - [How Far Are We to GPT-4V? Closing the Gap to Commercial Multimodal Models with Open-Source Suites](https://arxiv.org/abs/2404.16821) ★ — Jiapeng Luo, Hewei Guo, Zheng Ma et al. (2024-04-26, 20 votes)
              - 50% & more #1

            """)
    }

    func testACorruptedStateFileIsMovedAsideAndNamed() throws {
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: state))
        let r = try run(["star", "2404.16710"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains(state), r.stderr)
        XCTAssertTrue(r.stderr.contains("\(state).unusable-"), r.stderr)
        XCTAssertEqual(try run(["list", BinaryRunner.seeds, "--query", "is:starred", "--format", "tsv"]).stdout.split(separator: "\n").count, 2)
    }

    /// A state file that cannot be opened: a list of marks would read as "nothing
    /// starred", so it is an error; a query without marks still answers; a change that
    /// could not be saved says so once.
    func testAStateFileThatCannotBeOpenedIsAnErrorForMarks() throws {
        let blocked = dir.appendingPathComponent("file").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocked))
        let path = blocked + "/state.sqlite"
        for args in [["list", BinaryRunner.seeds, "--query", "is:starred"], ["export", BinaryRunner.seeds, "--query", "is:starred"]] {
            let r = try BinaryRunner.run(args + ["--state", path])
            XCTAssertEqual(r.status, 1, args.joined(separator: " "))
            XCTAssertEqual(r.stdout, "")
            XCTAssertTrue(r.stderr.hasPrefix("Error: cannot read marks: "), r.stderr)
            XCTAssertTrue(r.stderr.contains(path), r.stderr)
        }
        let plain = try BinaryRunner.run(["list", BinaryRunner.seeds, "--query", "layer", "--format", "tsv", "--state", path])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdout.split(separator: "\n").count, 2)
        let star = try BinaryRunner.run(["star", "2404.16710", "--state", path])
        XCTAssertEqual(star.status, 1)
        XCTAssertEqual(star.stderr.components(separatedBy: path).count, 2, "named once: \(star.stderr)")
    }

    /// A query about marks with no state file yet: no marks, and none made for a look; a
    /// `--state` naming no file is an error there (a typo would read as "nothing starred").
    func testReadingMarksMakesNoStateFile() throws {
        let home = dir.appendingPathComponent("xdg").path
        let unread = try BinaryRunner.run(["list", BinaryRunner.seeds, "--query", "is:unread", "--format", "tsv"],
                                          environment: ["XDG_STATE_HOME": home, "DAILYPAPERS_STATE": ""])
        XCTAssertEqual(unread.status, 0, unread.stderr)
        XCTAssertEqual(unread.stdout.split(separator: "\n").count, 11, "every paper is unread")
        let export = try BinaryRunner.run(["export", BinaryRunner.seeds, "--query", "is:starred"],
                                          environment: ["XDG_STATE_HOME": home, "DAILYPAPERS_STATE": ""])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(export.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: home), "no state file made")
        let typo = try BinaryRunner.run(["list", BinaryRunner.seeds, "--query", "is:starred", "--state", dir.path + "/typo.sqlite"])
        XCTAssertEqual(typo.status, 1)
        XCTAssertTrue(typo.stderr.hasPrefix("Error: cannot read marks: no state file at \(dir.path)/typo.sqlite"), typo.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path + "/typo.sqlite"))
    }
}

/// The store's fault tests that need real processes.
final class StateFaultTests: XCTestCase {
    /// A child stars papers in a burst and prints each acknowledged write; it is killed
    /// with SIGKILL part way. Every acknowledged change must be in the file afterwards.
    func testSIGKILLMidBurstLosesNoAcknowledgedChange() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = dir.appendingPathComponent("state.sqlite").path

        let child = Process()
        child.executableURL = BinaryRunner.binary
        child.arguments = ["_state-burst", "--state", state, "--count", "100000", "--prefix", "2401"]
        let pipe = Pipe()
        child.standardOutput = pipe
        child.standardError = FileHandle.nullDevice
        try child.run()
        var acknowledged: [String] = []
        var pending = Data()
        let reader = pipe.fileHandleForReading
        while acknowledged.count < 300 {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            pending += chunk
            while let nl = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[pending.startIndex..<nl], as: UTF8.self)
                pending = Data(pending[(nl + 1)...])
                if line.hasPrefix("ok ") { acknowledged.append(String(line.dropFirst(3))) }
            }
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        XCTAssertEqual(child.terminationReason, .uncaughtSignal, "the burst finished before it was killed")
        XCTAssertGreaterThanOrEqual(acknowledged.count, 300)

        let starred = try stored(state)
        for id in acknowledged { XCTAssertTrue(starred.contains(id), "\(id) was acknowledged but is not in the file") }
        // Writes are ordered: what survived is a prefix of the burst.
        let expected = (0..<starred.count).map { String(format: "2401.%05d", $0) }
        XCTAssertEqual(starred.sorted(), expected)
    }

    /// Two processes write to one state file at once; neither loses the other's changes.
    func testTwoProcessesOnOneStateFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-two-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = dir.appendingPathComponent("state.sqlite").path
        let children = ["2402", "2403"].map { prefix -> Process in
            let p = Process()
            p.executableURL = BinaryRunner.binary
            p.arguments = ["_state-burst", "--state", state, "--count", "2000", "--prefix", prefix]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for c in children { try c.run() }
        for c in children { c.waitUntilExit(); XCTAssertEqual(c.terminationStatus, 0) }
        let starred = try stored(state)
        XCTAssertEqual(starred.count, 4000)
        XCTAssertTrue(starred.contains("2402.01999") && starred.contains("2403.00000"))
    }

    /// The starred ids in a state file, whether or not any digest lists those papers.
    private func stored(_ state: String) throws -> Set<String> {
        let r = try BinaryRunner.run(["_state-burst", "--state", state, "--count", "0", "--list"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return Set(r.stdout.split(separator: "\n").map(String.init).filter { $0 != "done" })
    }
}
