import XCTest
@testable import DailyPapersCore

/// The candidate index only decides which papers a text term scans: its answers must be
/// exactly those of scanning the whole buffer.
final class CandidateIndexTests: XCTestCase {
    static let needles = [
        "diffusion", "DIFFUSION", "Diff", "모델", "모델의", "델의", "델", "성능 데", "sta", "te sp", "state space",
        "chen, ada", "n, 김", "ber", "über", "ÜBER", "école", "ole", "llm", "LLM 성", "mo", "x", "zebra", "o'brien",
        "n o'", "김민", "레이어스킵", "어스", "ㅋㅋ", "agentvideo", "qqqq", "모델모델모델모델", "e", "d", "di", "모", "q", "'",
        ", ", "z", "EC",
    ]

    func testCandidatesThenVerifyEqualAFullScan() {
        let catalog = TestSupport.catalog(ParallelScanTests.corpus(papers: 5_000))
        let index = catalog.index
        var narrowed = 0
        for needle in Self.needles {
            let pattern = TextPattern(needle)
            let full = index.scanHits(pattern)
            for fields: UInt8 in [7, 1, 2, 4, 6, 5, 3] {
                let fast = index.fieldHits(pattern, fields: fields)
                XCTAssertEqual(fast.map { Self.first($0 & fields) }, full.map { Self.first($0 & fields) }, "\(needle) in fields \(fields)")
                Self.checkAnyField(index.fieldHits(pattern, fields: fields, anyField: true), full, fields: fields, needle)
            }
            if !pattern.isInitials, let need = CandidateIndex.needed(pattern.folded) {
                let candidates = index.candidates.candidates(need)
                if candidates.count < catalog.papers.count { narrowed += 1 }
                // Every paper the scan finds is a candidate.
                let set = Set(candidates.map(Int.init))
                for p in full.indices where full[p] != 0 { XCTAssertTrue(set.contains(p), "\(needle) paper \(p)") }
            }
        }
        XCTAssertGreaterThan(narrowed, 10, "the index should narrow most needles")
        XCTAssertTrue(index.fieldHits(TextPattern("chen, ada"), fields: 2).contains { $0 & 2 != 0 }, "across two authors")
    }

    /// Unscored answers (`anyField`) hold where the full scan's do, within `fields`, and
    /// name fields of which one holds the needle; the title or the authors (which share
    /// their sets of bytes and pairs) is never named alone unless it holds it.
    static func checkAnyField(_ any: [UInt8], _ full: [UInt8], fields: UInt8, _ needle: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(any.map { $0 & fields != 0 }, full.map { $0 & fields != 0 }, "\(needle) in fields \(fields), any", file: file, line: line)
        XCTAssertEqual(zip(any, full).filter { a, f in a & fields != 0 && a & f & fields == 0 }.count, 0,
                       "\(needle) in fields \(fields): no field named holds it", file: file, line: line)
        XCTAssertEqual(zip(any, full).filter { a, f in a & fields & 3 == 1 && f & 1 == 0 || a & fields & 3 == 2 && f & 2 == 0 }.count, 0,
                       "\(needle) in fields \(fields): the title or the authors named alone without it", file: file, line: line)
    }

    /// The bit of the first field (title, authors, summary) among `bits`: what a query scores.
    static func first(_ bits: UInt8) -> UInt8 { bits & (0 &- bits) }

    func testQueriesMatchAPlainScan() throws {
        let catalog = TestSupport.catalog(ParallelScanTests.corpus(papers: 3_000))
        for query in ["diffusion", "모델의", "state space", "über", "zebra", "llm 성능", "chen", "o'brien", "-video 모델",
                      "diffusion m", "state sp 모", "-chen x 모델의 d", "zebra -z"] {
            let words = query.split(separator: " ").map(String.init)
            let expected = Set(catalog.papers.indices.filter { p in
                let paper = catalog.papers[p]
                return words.allSatisfy { w in
                    w.hasPrefix("-") ? !ParallelScanTests.naive(paper, [String(w.dropFirst())]) : ParallelScanTests.naive(paper, [w])
                }
            })
            XCTAssertEqual(Set(catalog.search(try QueryParser.parse(query)).map(\.paper)), expected, query)
        }
    }

    func testTermsTogetherEqualEachAlone() {
        let catalog = TestSupport.catalog(ParallelScanTests.corpus(papers: 4_500))
        let index = catalog.index
        var x: UInt64 = 2_024
        func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
        for _ in 0..<40 {
            let terms = (0..<(2 + next(3))).map { _ in
                (pattern: TextPattern(Self.needles[next(Self.needles.count)]), fields: UInt8([7, 1, 2, 4, 6][next(5)]), negated: next(4) == 0)
            }.filter { SearchIndex.canNarrow($0.pattern) }
            let together = index.fieldHits(terms: terms)
            let unscored = index.fieldHits(terms: terms, anyField: true)
            let alone = terms.map { index.scanHits($0.pattern) }
            for p in 0..<catalog.papers.count {
                // A paper holds every positive term and no negative one in both, or in neither;
                // where it does, each term's first field is the same.
                let holds = { (bits: [UInt8]) in zip(terms, bits).allSatisfy { t, b in (b & t.fields != 0) != t.negated } }
                let a = holds(terms.indices.map { together[$0][p] }), b = holds(terms.indices.map { alone[$0][p] })
                XCTAssertEqual(a, b, "\(terms.map(\.pattern.display)) paper \(p)")
                XCTAssertEqual(holds(terms.indices.map { unscored[$0][p] }), b, "\(terms.map(\.pattern.display)) paper \(p), unscored")
                if a {
                    for k in terms.indices where !terms[k].negated {
                        XCTAssertEqual(Self.first(together[k][p] & terms[k].fields), Self.first(alone[k][p] & terms[k].fields))
                    }
                }
            }
        }
    }

    func testFieldsAreTold() throws {
        let catalog = TestSupport.catalog(digest("""
            ### [Zebra Models](https://arxiv.org/abs/2404.00001)
            Authors: Wei Chen, Ada Zebrowski
            - 모델 zebra
            ### [Other](https://arxiv.org/abs/2404.00002)
            Authors: Zeb Ra
            - nothing
            """))
        let index = catalog.index
        XCTAssertEqual(index.scanHits(TextPattern("zebr")), [7, 0])
        XCTAssertEqual(index.fieldHits(TextPattern("zebr")), [1, 0], "the first field that holds it")
        XCTAssertEqual(index.fieldHits(TextPattern("zebr"), fields: 6), [2, 0])
        XCTAssertEqual(index.fieldHits(TextPattern("zebr"), fields: 4), [4, 0])
        XCTAssertEqual(index.fieldHits(TextPattern("zeb"), fields: 2), [2, 2])
        XCTAssertEqual(index.fieldHits(TextPattern("z"), fields: 4), [4, 0], "one byte: its set answers")
        XCTAssertEqual(index.fieldHits(TextPattern("ze"), fields: 4), [4, 0])
        XCTAssertEqual(index.fieldHits(TextPattern("s wei")), [0, 0], "title and authors are apart")
        XCTAssertEqual(index.fieldHits(TextPattern("chen, ada")), [2, 0])
        XCTAssertEqual(index.fieldHits(TextPattern("모델 z")), [4, 0])
        XCTAssertEqual(catalog.highlights(try QueryParser.parse("zebr"), paper: 0).title, [0..<4])
    }

    func testAnEmptyLibraryAnswersEveryKindOfQuery() throws {
        let catalog = Catalog(Library(papers: [], problems: [], digestFiles: 0))
        catalog.indexCommonWords()
        for query in ["diffusion", "d", "모델 성능", "-x 모델", "ㅁㄷ", "author:chen title:llm"] {
            XCTAssertEqual(catalog.search(try QueryParser.parse(query)), [], query)
        }
    }

    func testShortAndSeparatorNeedlesAreNotNarrowed() {
        XCTAssertNil(CandidateIndex.needed(Array("ab".utf8)))
        XCTAssertNil(CandidateIndex.needed([0x61, 0, 0x62]))
        XCTAssertEqual(CandidateIndex.needed(Array("aaaa".utf8))?.count, 1)
    }
}

/// The two-byte filter finds what a plain search finds, at every alignment and field end.
final class PairFilterTests: XCTestCase {
    func testAgreesWithAPlainSearch() {
        let text = Array("모델의 성능은 모델 크기와 함께 좋아진다 the model modelled 모델".utf8)
        let frequency = [UInt32](repeating: 1, count: 256)
        for needle in ["모델", "델의", "model", "el", "다 th", "모델 크기와 함께", "d 모델", "xx", "델 ", "진다"] {
            let bytes = Array(needle.utf8)
            let filter = PairFilter(bytes, frequency: frequency)
            for from in 0..<text.count {
                for to in from...text.count {
                    let expected = to - from >= bytes.count && (from...(to - bytes.count)).contains { Array(text[$0..<$0 + bytes.count]) == bytes }
                    let got = text.withUnsafeBufferPointer { t in
                        bytes.withUnsafeBufferPointer { filter.occurs($0, in: t.baseAddress!, from: from, to: to) }
                    }
                    if got != expected { XCTFail("\(needle) in \(from)..<\(to)"); return }
                }
            }
        }
    }
}
