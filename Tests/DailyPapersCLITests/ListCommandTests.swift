import XCTest

final class ListCommandTests: XCTestCase {
    func testDefaultListsTheShippedSeedByVotes() throws {
        let r = try BinaryRunner.run(["list"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 11)
        XCTAssertTrue(lines[0].hasPrefix("VOTES  DAY         ID          TITLE"))
        XCTAssertTrue(lines[1].hasPrefix("   27  2024-04-26  2404.16710  Layer Skip: Enabling Early Exit"), String(lines[1]))
        let votes = lines.dropFirst().map { Int($0.prefix(5).trimmingCharacters(in: .whitespaces))! }
        XCTAssertEqual(votes, [27, 20, 16, 12, 11, 10, 9, 9, 7, 4])
        XCTAssertEqual(r.stderr, "")
    }

    func testJSONHasEveryFieldOfAPaper() throws {
        let r = try BinaryRunner.run(["list", BinaryRunner.seeds, "--format", "json", "--limit", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let papers = try XCTUnwrap(try BinaryRunner.json(r.stdout) as? [[String: Any]])
        XCTAssertEqual(papers.count, 2)
        let internVL = papers[1]
        for key in ["id", "title", "url", "pdf", "hf", "day", "days", "votes", "authors", "authorsTruncated",
                    "thumbnail", "video", "summary", "source"] {
            XCTAssertNotNil(internVL[key], "missing \(key)")
        }
        XCTAssertEqual(internVL["id"] as? String, "2404.16821")
        XCTAssertEqual(internVL["url"] as? String, "https://arxiv.org/abs/2404.16821")
        XCTAssertEqual(internVL["pdf"] as? String, "https://arxiv.org/pdf/2404.16821")
        XCTAssertEqual(internVL["hf"] as? String, "https://huggingface.co/papers/2404.16821")
        XCTAssertEqual(internVL["days"] as? [String], ["2024-04-26"])
        XCTAssertEqual(internVL["votes"] as? Int, 20)
        XCTAssertEqual(internVL["authorsTruncated"] as? Bool, true)
        let authors = try XCTUnwrap(internVL["authors"] as? [String])
        XCTAssertEqual(authors.count, 22)
        XCTAssertFalse(authors.contains("+"))
        XCTAssertTrue(internVL["video"] is NSNull)
        XCTAssertTrue((internVL["source"] as? String)?.hasSuffix("000_aaa61af644286699.txt:18") == true,
                      "\(internVL["source"] ?? "")")
        let summary = try XCTUnwrap(internVL["summary"] as? [[String: Any]])
        XCTAssertEqual(summary.count, 6)
        XCTAssertTrue(summary[0]["label"] is NSNull)
        XCTAssertEqual(summary[0]["level"] as? Int, 0)
        XCTAssertTrue((summary[0]["text"] as? String)?.hasPrefix("본 보고서에서는") == true)
    }

    func testCorpusSampleHas167PapersWith168Appearances() throws {
        let corpus = try XCTUnwrap(BinaryRunner.corpusSample, "../shared/corpus-sample is not beside the repository")
        let r = try BinaryRunner.run(["list", corpus, "--format", "jsonl"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 167)
        var appearances = 0
        var days = Set<String>()
        var unknownVotes = 0
        for line in lines {
            let paper = try XCTUnwrap(try BinaryRunner.json(String(line)) as? [String: Any])
            let d = try XCTUnwrap(paper["days"] as? [String])
            appearances += d.count
            days.formUnion(d)
            if paper["votes"] is NSNull { unknownVotes += 1 }
        }
        XCTAssertEqual(appearances, 168)
        XCTAssertEqual(days.count, 13)
        XCTAssertGreaterThan(unknownVotes, 0, "the oldest digests have no votes: null, not 0")
    }

    func testQueryAndFiltersNarrowTheList() throws {
        let r = try BinaryRunner.run(["list", BinaryRunner.seeds, "--query", "레이어", "--format", "tsv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.stdout.split(separator: "\n")
        XCTAssertEqual(rows.first, "id\tday\tvotes\ttitle\tauthors\turl")
        XCTAssertTrue(rows.dropFirst().contains { $0.hasPrefix("2404.16710\t2024-04-26\t27\tLayer Skip") })

        let atLeast = try BinaryRunner.run(["list", BinaryRunner.seeds, "--min-votes", "12", "--format", "tsv"])
        XCTAssertEqual(atLeast.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[2] },
                       ["27", "20", "16", "12"])

        let byTitle = try BinaryRunner.run(["list", BinaryRunner.seeds, "--sort", "title", "--limit", "2", "--format", "tsv"])
        XCTAssertEqual(byTitle.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[0] },
                       ["2404.16771", "2404.16821"])
    }

    func testDayFiltersOverTheCorpus() throws {
        let corpus = try XCTUnwrap(BinaryRunner.corpusSample)
        let r = try BinaryRunner.run(["list", corpus, "--since", "2024-10-01", "--until", "2024-10-31", "--format", "tsv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let days = Set(r.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[1]) })
        XCTAssertEqual(days, ["2024-10-16", "2024-10-18"])
        // 2410.09342 is on both days; filtered to the first, it shows that day.
        let one = try BinaryRunner.run(["list", corpus, "--day", "2024-10-16", "--query", "id:2410.09342", "--format", "tsv"])
        XCTAssertEqual(one.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[1]) },
                       ["2024-10-16"])
    }

    func testMalformedQueryIsAnErrorThatSaysWhere() throws {
        let r = try BinaryRunner.run(["list", BinaryRunner.seeds, "--query", "layer votes:abc"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("votes:abc"), r.stderr)
        XCTAssertTrue(r.stderr.contains("column 13"), r.stderr)

    }

    func testALimitOrMinimumBelowRangeSaysSo() throws {
        for (arguments, message) in [(["--limit", "-1"], "--limit must be 0 or more, not -1"),
                                     (["--min-votes", "-5"], "--min-votes must be 0 or more, not -5")] {
            let r = try BinaryRunner.run(["list", BinaryRunner.seeds] + arguments)
            XCTAssertEqual(r.status, 64, arguments.joined(separator: " "))
            XCTAssertEqual(r.stdout, "")
            XCTAssertTrue(r.stderr.hasPrefix("Error: \(message)\n"), r.stderr)
        }
        let one = try BinaryRunner.run(["list", BinaryRunner.seeds, "--limit", "1", "--min-votes", "0", "--format", "tsv"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout.split(separator: "\n").count, 2)
        let none = try BinaryRunner.run(["list", BinaryRunner.seeds, "--limit", "0", "--format", "tsv"])
        XCTAssertEqual(none.status, 0, none.stderr)
        XCTAssertEqual(none.stdout.split(separator: "\n").count, 1, "the header alone, as head -n 0 gives nothing")
    }

    func testSinceAndUntilTakeOneDayAndMinVotesHasALimit() throws {
        for (arguments, message) in [(["--since", "2024.."], "--since '2024..': takes one day, month or year"),
                                     (["--until", "..2024"], "--until '..2024': takes one day, month or year"),
                                     (["--min-votes", "99999999999"], "--min-votes 99999999999 is too large (at most 999999999)")] {
            let r = try BinaryRunner.run(["list", BinaryRunner.seeds] + arguments)
            XCTAssertEqual(r.status, 64, arguments.joined(separator: " "))
            XCTAssertTrue(r.stderr.hasPrefix("Error: \(message)"), r.stderr)
        }
        let month = try BinaryRunner.run(["list", BinaryRunner.seeds, "--since", "2024-04", "--until", "2024", "--format", "tsv"])
        XCTAssertEqual(month.status, 0, month.stderr)
        XCTAssertEqual(month.stdout.split(separator: "\n").count, 11)
    }

    func testSinceAfterUntilIsAUsageError() throws {
        let r = try BinaryRunner.run(["list", BinaryRunner.seeds, "--since", "2024-05-01", "--until", "2024-01-01"])
        XCTAssertEqual(r.status, 64, "a usage error")
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.hasPrefix("Error: --since 2024-05-01 is after --until 2024-01-01; the range is empty\n"), r.stderr)
        // Months reach their first and last days, as day:2024-05..2024-04 does.
        let months = try BinaryRunner.run(["list", BinaryRunner.seeds, "--since", "2024-05", "--until", "2024-04"])
        XCTAssertEqual(months.status, 64)
        XCTAssertTrue(months.stderr.hasPrefix("Error: --since 2024-05-01 is after --until 2024-04-30;"), months.stderr)
        let oneDay = try BinaryRunner.run(["list", BinaryRunner.seeds, "--since", "2024-04-26", "--until", "2024-04-26",
                                           "--format", "tsv"])
        XCTAssertEqual(oneDay.status, 0, oneDay.stderr)
        XCTAssertEqual(oneDay.stdout.split(separator: "\n").count, 11)
    }

    func testAWrongDayOptionSaysWhatIsWrongWithItsValue() throws {
        let day = try BinaryRunner.run(["list", BinaryRunner.seeds, "--day", "2024-13"])
        XCTAssertEqual(day.status, 64, "a usage error")
        XCTAssertEqual(day.stdout, "")
        XCTAssertTrue(day.stderr.hasPrefix("Error: --day '2024-13': month 13 does not exist; write YYYY-MM-DD, YYYY-MM or YYYY\n"),
                      day.stderr)
        XCTAssertFalse(day.stderr.contains("day:") || day.stderr.contains("column"), "no query syntax: \(day.stderr)")

        let since = try BinaryRunner.run(["list", BinaryRunner.seeds, "--since", "2024-02-30"])
        XCTAssertEqual(since.status, 64)
        XCTAssertTrue(since.stderr.hasPrefix("Error: --since '2024-02-30': 2024-02-30 does not exist (2024-02 has 29 days)\n"),
                      since.stderr)
    }
}
