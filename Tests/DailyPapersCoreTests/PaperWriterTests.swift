import Foundation
import XCTest
@testable import DailyPapersCore

/// The four list formats and the text of `show`.
final class PaperWriterTests: XCTestCase {
    private let catalog = TestSupport.catalog("""
    ## Daily Papers (2024-04-25)
    ### [Old \u{1B}[31mTitle](https://arxiv.org/abs/2404.00001)
    Vote: 30
    ## Daily Papers (2024-04-26)
    ### [한국어 논문](https://arxiv.org/abs/2404.00001)
    ![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.00001.png)
    [Watch Video]https://cdn-uploads.huggingface.co/production/uploads/v.mp4
    Vote: 12
    Authors: 김철수, 이영희, +, 박민수
    - ***What's New***: 새 "방법"
      - nested\tone
    ### [Short](https://arxiv.org/abs/2404.00002)
    Vote: -
    Authors: Ada Lovelace
    """)

    private var writer: PaperWriter { PaperWriter(papers: catalog.papers) }
    private var hits: [Hit] { catalog.match(Query()) }

    func testJSONObjectExactly() {
        XCTAssertEqual(writer.json(hits[0]), """
        {"id":"2404.00001","title":"한국어 논문","url":"https://arxiv.org/abs/2404.00001",\
        "pdf":"https://arxiv.org/pdf/2404.00001","hf":"https://huggingface.co/papers/2404.00001",\
        "day":"2024-04-26","days":["2024-04-26","2024-04-25"],"votes":12,\
        "authors":["김철수","이영희","박민수"],"authorsTruncated":true,\
        "thumbnail":"https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.00001.png",\
        "video":"https://cdn-uploads.huggingface.co/production/uploads/v.mp4",\
        "summary":[{"label":"What's New","level":0,"text":"새 \\"방법\\""},{"label":null,"level":1,"text":"nested\\tone"}],\
        "source":"t.md:5",\
        "appearances":[{"day":"2024-04-26","votes":12,"title":"한국어 논문","source":"t.md:5"},\
        {"day":"2024-04-25","votes":30,"title":"Old \\u001b[31mTitle","source":"t.md:2"}]}
        """)
    }

    func testJSONUnknownVotesAreNullAndNoVideo() throws {
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(writer.json(hits[1]).utf8)) as? [String: Any])
        XCTAssertTrue(obj["votes"] is NSNull)
        XCTAssertTrue(obj["video"] is NSNull)
        XCTAssertTrue(obj["thumbnail"] is NSNull)
        XCTAssertEqual(obj["authors"] as? [String], ["Ada Lovelace"])
        XCTAssertEqual(obj["authorsTruncated"] as? Bool, false)
        XCTAssertEqual((obj["summary"] as? [Any])?.count, 0)
    }

    func testJSONUsesTheAppearanceTheQuerySelected() throws {
        let hit = try XCTUnwrap(catalog.match(QueryParser.parse("day:2024-04-25")).first)
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(writer.json(hit).utf8)) as? [String: Any])
        XCTAssertEqual(obj["day"] as? String, "2024-04-25")
        XCTAssertEqual(obj["votes"] as? Int, 30)
        XCTAssertEqual(obj["title"] as? String, "Old \u{1B}[31mTitle")
        XCTAssertEqual(obj["source"] as? String, "t.md:2")
        XCTAssertEqual(obj["days"] as? [String], ["2024-04-26", "2024-04-25"])
    }

    private func written(_ hits: [Hit], _ format: PaperFormat, width: Int? = nil) -> String {
        var out = ""
        PaperWriter(papers: catalog.papers, width: width).write(hits, format: format) { out += $0 }
        return out
    }

    func testJSONArrayAndLines() throws {
        let array = written(hits, .json)
        XCTAssertTrue(array.hasPrefix("[\n{\"id\":\"2404.00001\""))
        XCTAssertTrue(array.hasSuffix("}\n]\n"))
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(array.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.map { $0["id"] as? String }, ["2404.00001", "2404.00002"])
        XCTAssertEqual(written([], .json), "[]\n")

        let lines = written(hits, .jsonl).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines.last, "")
        XCTAssertEqual(String(lines[0]), writer.json(hits[0]))
        XCTAssertEqual(written([], .jsonl), "")
    }

    func testKeysInOrder() throws {
        let keys = ["id", "title", "url", "pdf", "hf", "day", "days", "votes", "authors", "authorsTruncated",
                    "thumbnail", "video", "summary", "source"]
        let json = writer.json(hits[1])
        var from = json.startIndex
        for k in keys {
            let r = try XCTUnwrap(json.range(of: "\"\(k)\":", range: from..<json.endIndex), k)
            from = r.upperBound
        }
    }

    func testTSV() {
        XCTAssertEqual(written(hits, .tsv), """
        id\tday\tvotes\ttitle\tauthors\turl
        2404.00001\t2024-04-26\t12\t한국어 논문\t김철수, 이영희, 박민수\thttps://arxiv.org/abs/2404.00001
        2404.00002\t2024-04-26\t\tShort\tAda Lovelace\thttps://arxiv.org/abs/2404.00002

        """)
    }

    func testTableAlignedByDisplayWidth() {
        XCTAssertEqual(writer.table(hits), [
            "VOTES  DAY         ID          TITLE        AUTHORS",
            "   12  2024-04-26  2404.00001  한국어 논문  김철수, 이영희, 박민수, …",
            "    -  2024-04-26  2404.00002  Short        Ada Lovelace",
        ])
    }

    func testTableCutToWidthWithEllipsis() {
        var w = writer
        w.width = 50
        XCTAssertEqual(w.table(hits), [
            "VOTES  DAY         ID          TITLE        AUTHO…",
            "   12  2024-04-26  2404.00001  한국어 논문  김철…",
            "    -  2024-04-26  2404.00002  Short        Ada L…",
        ])
    }

    func testTableNeverWiderThanTheTerminal() {
        for width in [20, 40, 45, 60, 200] {
            var w = writer
            w.width = width
            for line in w.table(hits) { XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(width): \(line)") }
        }
    }

    func testTableNeutralisesEscapes() throws {
        let hit = try XCTUnwrap(catalog.match(QueryParser.parse("day:2024-04-25")).first)
        XCTAssertEqual(writer.table([hit])[1], "   30  2024-04-25  2404.00001  Old \u{FFFD}[31mTitle  김철수, 이영희, 박민수, …")
    }

    func testPaperText() throws {
        let lines = PaperText.render(catalog.papers[0], width: 50)
        XCTAssertEqual(lines, [
            "한국어 논문",
            "2404.00001 · 2024-04-26 (12 votes), 2024-04-25 (30",
            "votes)",
            "Authors: 김철수, 이영희, 박민수, …and more",
            "",
            "Abstract: https://arxiv.org/abs/2404.00001",
            "PDF:      https://arxiv.org/pdf/2404.00001",
            "HF:       https://huggingface.co/papers/2404.00001",
            "Video:    https://cdn-uploads.huggingface.co/production/uploads/v.mp4",
            "Source:   t.md:5",
            "Source:   t.md:2",
            "",
            "What's New",
            "- 새 \"방법\"",
            "  - nested one",
        ])
        XCTAssertEqual(PaperText.render(catalog.papers[1])[1], "2404.00002 · 2024-04-26 (votes unknown)")
    }
}
