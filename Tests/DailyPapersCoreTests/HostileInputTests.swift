import Foundation
import XCTest
@testable import DailyPapersCore

/// Inputs nobody writes on purpose: each loads every paper that can be recognised and
/// reports the rest with its file and line, and none of them crashes or hangs the parser.
final class HostileInputTests: XCTestCase {
    private let paper = "### [A Paper](https://arxiv.org/abs/2404.00001)\nVote: 3\n- fine\n"

    func testBinaryFileIsNotADigest() {
        var bytes: [UInt8] = []
        var x: UInt32 = 2_463_534_242
        for _ in 0..<65_536 { x ^= x << 13; x ^= x >> 17; x ^= x << 5; bytes.append(UInt8(truncatingIfNeeded: x)) }
        let parsed = TestSupport.parse(bytes: bytes, path: "blob.bin")
        XCTAssertFalse(parsed.isDigest)
        XCTAssertEqual(parsed.records, [])
        // Named explicitly, it is one problem naming the file.
        let library = Loader.load(contents: [(path: "blob.bin", bytes: bytes)])
        XCTAssertEqual(library.problems.map(\.description), ["blob.bin: not a digest: no '## Daily Papers (YYYY-MM-DD)' heading"])
    }

    /// Characters never shown as they are (controls drawn as `�`, invisible formatting left
    /// out) are reported at their lines, so that `check` finds a title that is not as
    /// written; the papers are kept.
    func testControlAndInvisibleCharactersAreReportedAtTheirLines() {
        let text = digest("### [Evil \u{1B}]0;pwn\u{07} \u{202E}x](https://arxiv.org/abs/2404.00001)\nAuthors: A\u{200B}B\n- s \u{9B}2J\n- tab\there, fine\n")
        let parsed = TestSupport.parse(text)
        XCTAssertEqual(parsed.records.map(\.id), ["2404.00001"])
        XCTAssertEqual(parsed.problems.map(\.description), [
            "t.md:3: 2 control characters shown as \u{FFFD} and 1 invisible formatting character left out (the first U+001B)",
            "t.md:4: 1 invisible formatting character left out (the first U+200B)",
            "t.md:5: 1 control character shown as \u{FFFD} (the first U+009B)",
        ])
        // A byte order mark opens a file without being content; later, it is one.
        XCTAssertEqual(TestSupport.parse("\u{FEFF}" + digest(paper)).problems, [])
        XCTAssertEqual(TestSupport.parse(digest(paper) + "\u{FEFF}\n").problems.map(\.line), [6])
    }

    func testBinaryAfterAHeadingKeepsThePapersAround() {
        var bytes = Array(digest(paper).utf8)
        bytes += [0x00, 0xFF, 0xFE, 0x0A, 0xC3, 0x28, 0x0A]
        bytes += Array("### [Second](https://arxiv.org/abs/2404.00002)\nVote: 1\n".utf8)
        let parsed = TestSupport.parse(bytes: bytes)
        XCTAssertEqual(parsed.records.map(\.id), ["2404.00001", "2404.00002"])
        XCTAssertEqual(parsed.problems.map(\.line), [6, 6, 7], "line 6: its invalid bytes, and its NUL")
    }

    func testFiftyMegabyteSingleLine() {
        var bytes = Array("## Daily Papers (2024-04-26)\n### [Long](https://arxiv.org/abs/2404.00001)\n- ".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        let parsed = TestSupport.parse(bytes: bytes)
        XCTAssertEqual(parsed.records.count, 1)
        XCTAssertEqual(parsed.records[0].summary.first?.text.utf8.count, 50 << 20)
        XCTAssertEqual(parsed.problems, [])
    }

    func testFiftyMegabytesWithoutANewlineIsNotADigest() {
        let parsed = TestSupport.parse(bytes: [UInt8](repeating: UInt8(ascii: "#"), count: 50 << 20))
        XCTAssertFalse(parsed.isDigest)
    }

    func testOneDigestWithAHundredThousandPapers() {
        var text = "## Daily Papers (2024-04-26)\n"
        text.reserveCapacity(100_000 * 80)
        for i in 0..<100_000 {
            text += "### [Paper \(i)](https://arxiv.org/abs/2404.\(String(format: "%05d", i)))\nVote: \(i % 300)\n- 요약 \(i)\n"
        }
        let library = TestSupport.library(("big.md", text))
        XCTAssertEqual(library.papers.count, 100_000)
        XCTAssertEqual(library.problems, [])
        XCTAssertEqual(library.papers[99_999].id, "2404.99999")
        XCTAssertEqual(library.papers[99_999].latest.source.line, 1 + 3 * 99_999 + 1)
        let hits = Catalog(library).search(try! QueryParser.parse("votes:299 요약"))
        XCTAssertEqual(hits.count, 333)
    }

    func testImpossibleDatesInHeadings() {
        for day in ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01"] {
            let parsed = TestSupport.parse("## Daily Papers (\(day))\n" + paper)
            XCTAssertEqual(parsed.records, [], day)
            XCTAssertEqual(parsed.problems.first?.line, 1, day)
        }
        XCTAssertEqual(TestSupport.parse("## Daily Papers (2024-02-29)\n" + paper).records.count, 1, "a leap day exists")
    }

    func testHostileVoteCounts() {
        for (vote, message) in [("-1", "is not a whole number"), ("1e9", "is not a whole number"),
                                ("99999999999999999999", "is too large"), ("٣", "is not a whole number"), ("", nil)] {
            let parsed = TestSupport.parse(digest("### [P](https://arxiv.org/abs/2404.00001)\nVote: \(vote)\n"))
            XCTAssertEqual(parsed.records.count, 1, vote)
            XCTAssertNil(parsed.records.first?.votes, vote)
            if let message {
                XCTAssertEqual(parsed.problems.count, 1, vote)
                XCTAssertEqual(parsed.problems.first?.line, 4, vote)
                XCTAssertTrue(parsed.problems.first?.message.contains(message) == true, parsed.problems.first?.message ?? "")
            } else {
                XCTAssertEqual(parsed.problems, [], "an empty count is unknown, as '-' is")
            }
        }
    }

    func testHundredThousandCharacterTitle() {
        let title = String(repeating: "모델 [x] ", count: 14_286)
        let parsed = TestSupport.parse(digest("### [\(title)](https://arxiv.org/abs/2404.00001)\n"))
        XCTAssertEqual(parsed.records.first?.title, title.trimmingCharacters(in: .whitespaces))
        let row = PaperWriter(papers: Loader.load(contents: [(path: "t.md", bytes: Array(digest("### [\(title)](https://arxiv.org/abs/2404.00001)\n").utf8))]).papers,
                              width: 80).table([Hit(paper: 0, appearance: 0, score: 0)])
        XCTAssertTrue(row.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    func testDeeplyNestedBullets() {
        var body = "### [Deep](https://arxiv.org/abs/2404.00001)\n"
        for level in 0..<2_000 { body += String(repeating: "  ", count: level) + "- level \(level)\n" }
        let parsed = TestSupport.parse(digest(body))
        XCTAssertEqual(parsed.records.first?.summary.count, 2_000)
        XCTAssertEqual(parsed.records.first?.summary.last?.level, 1_999)
        let lines = PaperText.render(Loader.load(contents: [(path: "t.md", bytes: Array(digest(body).utf8))]).papers[0], width: 60)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 60 }, "indentation is capped to the width")
    }

    func testFileThatVanishesBetweenListingAndReading() throws {
        let dir = try TestSupport.temporaryFolder(self)
        try TestSupport.write(digest(paper), to: dir.appendingPathComponent("a.md"))
        let gone = dir.appendingPathComponent("b.md")
        // A dangling link is what a file deleted after the listing looks like to the reader.
        try FileManager.default.createSymbolicLink(atPath: gone.path, withDestinationPath: dir.appendingPathComponent("deleted.md").path)
        let library = Loader.load([dir.path, gone.path])
        XCTAssertEqual(library.papers.map(\.id), ["2404.00001"])
        XCTAssertEqual(library.problems.map(\.description), ["\(gone.path): cannot open: No such file or directory"])
    }
}
