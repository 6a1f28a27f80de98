import DailyPapersCore
@testable import DailyPapersFetch
import Foundation
import XCTest

/// What the writer writes, the parser reads back unchanged: titles, ids, votes, authors,
/// thumbnails and bullets, whatever characters they hold.
final class DigestRoundTripTests: XCTestCase {
    private func parse(_ text: String) -> ParsedDigest {
        DigestParser().parse(Array(text.utf8), path: "fetched.md")
    }

    func testTheNormalDayParsesBackToTheSamePapers() throws {
        let papers = try DayDecoder.papers(from: Data(APIFixtures.normalDay.utf8), url: "test")
        let parsed = parse(DigestWriter.digest(day: APIFixtures.day, papers: papers))
        XCTAssertEqual(parsed.problems, [])
        XCTAssertTrue(parsed.isDigest)
        XCTAssertEqual(parsed.records.map(\.title), [
            "LLM$\\times$MapReduce: Simplified Long-Sequence Processing using Large Language Models",
            "I Don't Know: Explicit Modeling of Uncertainty with an [IDK] Token",
            "Layer Skip: Enabling Early Exit Inference and Self-Speculative Decoding",
        ])
        XCTAssertEqual(parsed.records.map(\.id), ["2410.09342", "2412.06676", "2404.16710"])
        XCTAssertEqual(parsed.records.map(\.votes), [40, 12, 12])
        XCTAssertEqual(parsed.records.map(\.day), Array(repeating: APIFixtures.day, count: 3))
        XCTAssertEqual(parsed.records.map(\.authors), [
            ["Zihan Zhou", "Sean O'Brien"],
            ["Roi Cohen", "Konstantin Dobler", "Eden Biran", "Gerard de Melo"],
            [],
        ])
        XCTAssertEqual(parsed.records[1].summary.map(\.text), [
            "Large Language Models are known to capture real-world knowledge.",
            "However, they often hallucinate, e.g. when asked about rare facts.",
            "We propose an [IDK] token!",
        ])
        XCTAssertEqual(parsed.records[0].thumbnail,
                       "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2410.09342.png")
        XCTAssertNil(parsed.records[2].thumbnail)
    }

    /// Titles, names and summaries built to break a naive writer.
    func testHostileTextSurvives() {
        let papers = [
            FetchedPaper(id: "2412.06676", title: "A [B](C) title ending in a link](https://example.com/x)", votes: 3,
                         authors: ["Smith, Jr., John", "Sean O'Brien", "Back\\slash"],
                         thumbnail: TextCleaner.url("https://cdn-uploads.huggingface.co/production/uploads/a (1).png"),
                         bullets: ["**Label**: kept as a label", "Ends with (parenthesis)"]),
            FetchedPaper(id: "hep-th/9901001", title: "[Brackets] at the start $O(n^2)$ and 한국어", votes: 0,
                         authors: ["[Not a list"], thumbnail: nil, bullets: ["한 문장입니다."]),
        ]
        let parsed = parse(DigestWriter.digest(day: APIFixtures.day, papers: papers))
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.records.map(\.title), papers.map(\.title))
        XCTAssertEqual(parsed.records.map(\.id), ["2412.06676", "hep-th/9901001"])
        XCTAssertEqual(parsed.records.map(\.votes), [3, 0])
        XCTAssertEqual(parsed.records.map(\.authors), papers.map(\.authors))
        XCTAssertEqual(parsed.records.map(\.authorsTruncated), [false, false])
        XCTAssertEqual(parsed.records[0].thumbnail,
                       "https://cdn-uploads.huggingface.co/production/uploads/a%20%281%29.png")
        XCTAssertEqual(parsed.records[0].summary.map(\.label), ["Label", nil])
        XCTAssertEqual(parsed.records[1].summary.map(\.text), ["한 문장입니다."])
    }

    func testALonePlusIsNotAnAuthor() throws {
        let body = #"[{"paper": {"id": "2404.16710", "title": "T", "summary": "S.", "upvotes": 1, "authors": [{"name": "A"}, {"name": " + "}, {"name": "B"}]}}]"#
        XCTAssertEqual(try DayDecoder.papers(from: Data(body.utf8), url: "test").map(\.authors), [["A", "B"]])
    }

    func testAuthorsUseThePythonListOnlyWhenTheyMust() {
        XCTAssertEqual(DigestWriter.authors(["Sean O'Brien", "Zhe Chen"]), "Sean O'Brien, Zhe Chen")
        XCTAssertEqual(DigestWriter.authors(["Smith, John", "Sean O'Brien"]), #"['Smith, John', 'Sean O\'Brien']"#)
    }

    func testTextCleanerKeepsEverythingOnOneLine() {
        XCTAssertEqual(TextCleaner.line("  A\n  title\r\nwith\tbreaks \u{1B}[31mand escapes\u{200B} "),
                       "A title with breaks [31mand escapes")
        // NFD Hangul from some systems is written composed, as the parser reads it back.
        XCTAssertEqual(TextCleaner.line("\u{1100}\u{1161}"), "\u{AC00}")
        XCTAssertNil(TextCleaner.url("javascript:alert(1)"))
        XCTAssertNil(TextCleaner.url(""))
    }

    func testSentencesSplitWhereAbstractsEndThem() {
        XCTAssertEqual(SentenceSplitter.sentences(
            "We study LLMs, e.g. GPT-4 and Llama 2. Results improve by 3.5 points (Fig. 2). Code: https://x.io/a. "
            + "Is it fast? Yes! As shown by J. Smith et al. the gain holds. \"Quoted end.\" Next one."),
            ["We study LLMs, e.g. GPT-4 and Llama 2.", "Results improve by 3.5 points (Fig. 2).",
             "Code: https://x.io/a.", "Is it fast?", "Yes!",
             "As shown by J. Smith et al. the gain holds.", "\"Quoted end.\"", "Next one."])
        XCTAssertEqual(SentenceSplitter.sentences("No final stop"), ["No final stop"])
        XCTAssertEqual(SentenceSplitter.sentences("A lowercase start. iPhone apps follow."),
                       ["A lowercase start. iPhone apps follow."])
        XCTAssertEqual(SentenceSplitter.sentences(""), [])
    }
}
