import XCTest
@testable import DailyPapersCore

/// Letter pairs answer two-letter needles without reading text: the answers must be those
/// of scanning the text, for every pair and every choice of fields.
final class LetterPairsTests: XCTestCase {
    func testTwoLetterNeedlesEqualAFullScan() {
        let catalog = TestSupport.catalog(ParallelScanTests.corpus(papers: 2_500))
        let index = catalog.index
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var answered = 0
        for a in letters {
            for b in letters {
                let pattern = TextPattern(String([a, b]))
                XCTAssertEqual(LetterPairs.pairs(pattern.folded).count, 1)
                let full = index.scanHits(pattern)
                for fields: UInt8 in [7, 1, 2, 4, 6, 3, 5] {
                    let fast = index.fieldHits(pattern, fields: fields)
                    XCTAssertEqual(fast.map { CandidateIndexTests.first($0 & fields) }, full.map { CandidateIndexTests.first($0 & fields) },
                                   "\(a)\(b) in fields \(fields)")
                    CandidateIndexTests.checkAnyField(index.fieldHits(pattern, fields: fields, anyField: true), full,
                                                      fields: fields, "\(a)\(b)")
                }
                if full.contains(where: { $0 != 0 }) { answered += 1 }
            }
        }
        XCTAssertGreaterThan(answered, 100, "the corpus should hold many pairs")
    }

    /// The index builds the pairs inside the candidate index's pass; alone they must be the same.
    func testPairsBuiltWithTheCandidateIndexEqualPairsBuiltAlone() {
        let index = TestSupport.catalog(ParallelScanTests.corpus(papers: 3_000)).index
        let alone = Self.reference(index)
        XCTAssertEqual(index.letterPairs.words, alone.words)
        XCTAssertEqual(alone.words.count, 3_000 * 2 * LetterPairs.wordsPerField)
        XCTAssertTrue(alone.words.contains { $0 != 0 })
    }

    func testUpperCaseAndMixedNeedles() throws {
        let catalog = TestSupport.catalog(ParallelScanTests.corpus(papers: 1_500))
        for needle in ["DI", "Mo", "é", "a1", "모델", "di mo", "-di", "e", "dif", "Zeb", "a b", "ada", "-sta"] {
            let words = needle.split(separator: " ").map(String.init)
            let expected = Set(catalog.papers.indices.filter { p in
                words.allSatisfy { w in
                    w.hasPrefix("-") ? !ParallelScanTests.naive(catalog.papers[p], [String(w.dropFirst())])
                        : ParallelScanTests.naive(catalog.papers[p], [w])
                }
            })
            XCTAssertEqual(Set(catalog.search(try QueryParser.parse(needle)).map(\.paper)), expected, needle)
        }
        XCTAssertEqual(LetterPairs.pairs(Array("d ".utf8)), [])
        XCTAssertEqual(LetterPairs.pairs(Array("dif".utf8)).count, 2)
        XCTAssertEqual(LetterPairs.pairs(Array("diff".utf8)), [])
    }

    /// Random words over four letters hold most pairs, so a three-letter needle's pairs are
    /// often all present where the needle is not: those fields must still be read.
    func testThreeLetterNeedlesAreOnlyFilteredByPairs() {
        var x: UInt64 = 4_242
        func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
        func words(_ n: Int) -> String {
            (0..<n).map { _ in String((0..<(1 + next(4))).map { _ in Array("abcd")[next(4)] }) }.joined(separator: " ")
        }
        var text = "## Daily Papers (2024-04-26)\n"
        for i in 0..<600 {
            text += "### [\(words(1 + next(3)))](https://arxiv.org/abs/2404.\(String(format: "%05d", i)))\n"
            text += "Authors: \(words(1 + next(2))), \(words(1))\n- \(words(2 + next(6)))\n"
        }
        let index = TestSupport.catalog(text).index
        var pairsWithoutNeedle = 0
        for a in "abcd" {
            for b in "abcd" {
                for c in "abcd" {
                    let pattern = TextPattern(String([a, b, c]))
                    let full = index.scanHits(pattern)
                    for fields: UInt8 in [7, 1, 2, 4] {
                        XCTAssertEqual(index.fieldHits(pattern, fields: fields).map { CandidateIndexTests.first($0 & fields) },
                                       full.map { CandidateIndexTests.first($0 & fields) }, "\(a)\(b)\(c) in fields \(fields)")
                    }
                    let pairs = LetterPairs.pairs(pattern.folded)
                    index.letterPairs.words.withUnsafeBufferPointer { words in
                        for p in full.indices where full[p] & 4 == 0
                            && LetterPairs.holds(pairs, in: words.baseAddress!, paper: p, field: 2) { pairsWithoutNeedle += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(pairsWithoutNeedle, 100, "the test needs fields whose pairs are there without the needle")
    }

    /// The pairs of every field, found one letter after another on one thread: the title's
    /// and the authors' in one set, the summary's in another.
    static func reference(_ index: SearchIndex) -> LetterPairs {
        var words = [UInt64](repeating: 0, count: index.count * 2 * LetterPairs.wordsPerField)
        for p in 0..<index.count {
            for (f, field) in [TextField.title, .authors, .summary].enumerated() {
                var previous = 26
                for i in index.range(of: field, paper: p) {
                    let c = Int(index.folded[i] &- 0x61)
                    if c < 26, previous < 26 {
                        let pair = previous * 26 + c
                        words[(p * 2 + (f == 2 ? 1 : 0)) * LetterPairs.wordsPerField + pair >> 6] |= 1 << UInt64(pair & 63)
                    }
                    previous = c < 26 ? c : 26
                }
            }
        }
        return LetterPairs(words: words)
    }
}
