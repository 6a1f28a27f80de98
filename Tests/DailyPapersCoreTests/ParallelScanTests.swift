import Foundation
import XCTest
@testable import DailyPapersCore

/// From 4,096 papers on, the index scans in parallel stretches and looks for a needle's
/// rarest byte first; its answers must be those of a plain scan, matches at the very ends
/// of stretches included.
final class ParallelScanTests: XCTestCase {
    static let words = ["diffusion", "모델", "모델의", "state", "space", "Transformer", "레이어스킵", "Über", "ÉCOLE",
                        "video", "chen", "ㅋㅋ", "x", "성능", "데이터", "LLM", "agent", "zebra"]

    static func corpus(papers: Int) -> String {
        var text = "## Daily Papers (2024-04-26)\n"
        var x: UInt64 = 88_172_645_463_325_252
        func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
        for i in 0..<papers {
            let title = (0..<(1 + next(6))).map { _ in words[next(words.count)] }.joined(separator: " ")
            let authors = (0..<(1 + next(3))).map { _ in ["Wei Chen", "Ada Lovelace", "김민수", "Sean O'Brien"][next(4)] }
            text += "### [\(title)](https://arxiv.org/abs/2404.\(String(format: "%05d", i)))\nVote: \(next(100))\n"
            text += "Authors: \(authors.joined(separator: ", "))\n"
            for _ in 0..<(1 + next(3)) {
                text += "- " + (0..<(2 + next(8))).map { _ in words[next(words.count)] }.joined(separator: next(2) == 0 ? " " : "") + "\n"
            }
        }
        // The last paper ends with a match at the very end of the buffer.
        return text + "- zebra\n"
    }

    /// The plain meaning of a word query: every word, lower-cased, in title, authors or summary.
    static func naive(_ paper: Paper, _ words: [String]) -> Bool {
        let text = ([paper.title] + paper.authors + paper.summary.map(\.text)).joined(separator: "\u{0}").lowercased()
        return words.allSatisfy { text.contains($0.lowercased()) }
    }

    func testParallelScanAgreesWithAPlainScan() throws {
        let catalog = TestSupport.catalog(Self.corpus(papers: 9_000))
        XCTAssertEqual(catalog.papers.count, 9_000)
        for query in ["diffusion", "모델의", "state space", "über", "école", "zebra", "llm 성능", "데이터 x", "chen", "o'brien"] {
            let words = query.split(separator: " ").map(String.init)
            let expected = Set(catalog.papers.indices.filter { Self.naive(catalog.papers[$0], words) })
            let got = Set(catalog.search(try QueryParser.parse(query)).map(\.paper))
            XCTAssertEqual(got, expected, query)
            XCTAssertFalse(expected.isEmpty, "\(query) should match something")
        }
        XCTAssertTrue(catalog.search(try QueryParser.parse("zebra")).contains { $0.paper == 8_999 })
    }

    func testInitialsAgreeWithAPlainScanInParallel() throws {
        let catalog = TestSupport.catalog(Self.corpus(papers: 6_000))
        let hits = Set(catalog.search(try QueryParser.parse("ㄹㅇㅅㅋ")).map(\.paper))
        // ㄹㅇㅅㅋ skips 어, so it matches 레이어스킵 only where that word starts.
        func startsAWord(_ text: String) -> Bool {
            var from = text.startIndex
            while let r = text.range(of: "레이어스킵", range: from..<text.endIndex) {
                if r.lowerBound == text.startIndex { return true }
                let before = text[text.index(before: r.lowerBound)].unicodeScalars.first!
                if !Hangul.isSyllable(before) && !Hangul.isInitialConsonant(before) { return true }
                from = r.upperBound
            }
            return false
        }
        let expected = Set(catalog.papers.indices.filter { p in
            let paper = catalog.papers[p]
            return ([paper.title] + paper.summary.map(\.text)).contains(where: startsAWord)
        })
        XCTAssertEqual(hits, expected)
        XCTAssertFalse(expected.isEmpty)
    }
}
