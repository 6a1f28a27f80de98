import XCTest

final class ShowCommandTests: XCTestCase {
    func testShowPrintsEverythingAboutOnePaper() throws {
        let r = try BinaryRunner.run(["show", "2404.16821v2", BinaryRunner.seeds])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("How Far Are We to GPT-4V?"), r.stdout)
        XCTAssertTrue(r.stdout.contains("2404.16821 · 2024-04-26 (20 votes)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("…and more"))
        XCTAssertTrue(r.stdout.contains("https://arxiv.org/pdf/2404.16821"))
        XCTAssertTrue(r.stdout.contains("- 본 보고서에서는"))
        // Lines are wrapped to 80 columns when not writing to a terminal.
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let widest = lines.map { line in line.reduce(0) { $0 + (($1.unicodeScalars.first!.value >= 0xAC00 && $1.unicodeScalars.first!.value <= 0xD7A3) ? 2 : 1) } }.max()!
        XCTAssertLessThanOrEqual(widest, 80)
    }

    func testShowJSONAndUnknownID() throws {
        let r = try BinaryRunner.run(["show", "https://arxiv.org/abs/2404.16710", BinaryRunner.seeds, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let paper = try XCTUnwrap(try BinaryRunner.json(r.stdout) as? [String: Any])
        XCTAssertEqual(paper["votes"] as? Int, 27)
        XCTAssertEqual((paper["authors"] as? [String])?.first, "Saurabh Agarwal")

        let missing = try BinaryRunner.run(["show", "2401.00001", BinaryRunner.seeds])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no paper 2401.00001"), missing.stderr)
        let bad = try BinaryRunner.run(["show", "not-an-id", BinaryRunner.seeds])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("is not an arXiv id"), bad.stderr)
    }
}

final class DaysAndCheckCommandTests: XCTestCase {
    func testDaysListsEachDayNewestFirst() throws {
        let corpus = try XCTUnwrap(BinaryRunner.corpusSample)
        let r = try BinaryRunner.run(["days", corpus, "--format", "tsv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(rows.count, 13)
        XCTAssertEqual(rows.first, ["2025-05-09", "20", "75"])
        XCTAssertEqual(rows.last, ["2023-11-20", "11", ""])
    }

    func testCheckIsCleanOnTheCorpusSample() throws {
        let corpus = try XCTUnwrap(BinaryRunner.corpusSample)
        let r = try BinaryRunner.run(["check", corpus])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertEqual(r.stdout, "13 files, 13 days, 167 papers, 0 problems\n")
    }

    func testCheckSummarySaysOneOfEachInTheSingular() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-one-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = dir.appendingPathComponent("one.md")
        try Data("## Daily Papers (2024-05-01)\n### [Only](https://arxiv.org/abs/2405.00001)\nVote: x\n".utf8).write(to: one)
        let r = try BinaryRunner.run(["check", one.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout.split(separator: "\n").last, "1 file, 1 day, 1 paper, 1 problem", r.stdout)
    }

    func testCheckReportsPathAndLineAndExitsOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.md")
        try Data("""
        ## Daily Papers (2024-05-01)

        ### [Good One](https://arxiv.org/abs/2405.00001)
        Vote: 1e9
        - fine

        ### [Not arXiv](https://example.com/x)
        ### [Good Two](https://arxiv.org/abs/2405.00002)
        Vote: 3

        """.utf8).write(to: bad)
        let notes = dir.appendingPathComponent("notes.md")
        try Data("just notes\n".utf8).write(to: notes)

        let r = try BinaryRunner.run(["check", dir.path])
        XCTAssertEqual(r.status, 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, r.stdout)
        XCTAssertTrue(lines[0].hasPrefix("\(bad.path):4: vote count '1e9'"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("\(bad.path):7: paper link"), lines[1])
        // notes.md is in a folder and holds no digest: skipped, not a problem.
        XCTAssertEqual(lines[2], "1 file, 1 day, 2 papers, 2 problems")

        // Named explicitly, a file without a digest is a problem.
        let explicit = try BinaryRunner.run(["check", notes.path])
        XCTAssertEqual(explicit.status, 1)
        XCTAssertTrue(explicit.stdout.hasPrefix("\(notes.path): not a digest"), explicit.stdout)
    }
}

final class HelpTopicTests: XCTestCase {
    /// The argument parser's own `help` showed the main help for any name, exit 0.
    func testHelpForANameThatIsNoCommandIsAUsageError() throws {
        let bad = try BinaryRunner.run(["help", "bogus"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertEqual(bad.stdout, "")
        XCTAssertTrue(bad.stderr.hasPrefix("Error: help: no command 'bogus'; the commands are browse, list, show,"), bad.stderr)
        XCTAssertFalse(bad.stderr.contains("_state-burst"), "hidden commands stay hidden")
        let list = try BinaryRunner.run(["help", "list"])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains("USAGE: dailypapers list"), list.stdout)
        XCTAssertEqual(try BinaryRunner.run(["help"]).status, 0)
    }
}

final class DefaultContentTests: XCTestCase {
    func testDAILYPAPERSDIRReplacesTheSeeds() throws {
        let corpus = try XCTUnwrap(BinaryRunner.corpusSample)
        let r = try BinaryRunner.run(["list", "--format", "jsonl"], environment: ["DAILYPAPERS_DIR": corpus])
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 167)
        let missing = try BinaryRunner.run(["list"], environment: ["DAILYPAPERS_DIR": "/nonexistent-\(UUID().uuidString)"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("DAILYPAPERS_DIR"), missing.stderr)
    }

    func testACopiedBinaryStillFindsTheSeeds() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("dailypapers")
        try FileManager.default.copyItem(at: BinaryRunner.binary, to: copy)
        let r = try BinaryRunner.run(["list", "--format", "tsv"], executable: copy, directory: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 11)
    }
}
