import Synchronization
import XCTest
@testable import DailyPapersCore

/// The common words' bitmaps only spare reading text: every bit must be true of the text,
/// and searches must answer as the plain scan does, alone or several terms together.
final class CommonWordsTests: XCTestCase {
    static let catalog: Catalog = {
        let catalog = TestSupport.catalog(ParallelScanTests.corpus(papers: 5_000))
        catalog.indexCommonWords()
        return catalog
    }()

    static func fieldText(_ paper: Paper, _ f: Int) -> String {
        [paper.title, paper.authors.joined(separator: ", "), paper.summary.map(\.text).joined(separator: "\n")][f]
    }

    func testEveryBitIsTrueOfItsField() {
        let index = Self.catalog.index, common = index.common
        XCTAssertGreaterThan(common.words.count, 10, "a corpus of a few words repeated has common words")
        var checked = 0
        for (w, word) in common.words.enumerated() {
            XCTAssertLessThanOrEqual(word.count, CommonWords.longestWord)
            for f in 0..<3 where common.bitmapOf[w * 3 + f] >= 0 {
                let b = Int(common.bitmapOf[w * 3 + f])
                let text = String(decoding: word, as: UTF8.self)
                var set = 0
                for p in Self.catalog.papers.indices where common.bits[b * common.stride + p >> 6] >> UInt64(p & 63) & 1 != 0 {
                    XCTAssertTrue(String(decoding: TextFolding.fold(Self.fieldText(Self.catalog.papers[p], f)), as: UTF8.self).contains(text),
                                  "'\(text)' in field \(f) of paper \(p)")
                    set += 1
                    checked += 1
                }
                XCTAssertGreaterThan(set, Self.catalog.papers.count / 50, "'\(text)' was chosen as common in field \(f)")
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    /// Every holder is marked: a field's bit is set exactly when the word is one of the
    /// field's words (as `eachWord` finds them), so the bitmaps miss no paper.
    func testEveryHolderIsMarked() {
        let index = Self.catalog.index, common = index.common
        var known: [String: Int] = [:]
        for (w, word) in common.words.enumerated() { known[String(decoding: word, as: UTF8.self)] = w }
        var marked = 0
        index.folded.withUnsafeBufferPointer { text in
            for p in Self.catalog.papers.indices {
                for f in 0..<3 {
                    let r = index.range(of: [TextField.title, .authors, .summary][f], paper: p)
                    var held = Set<Int>()
                    CommonWords.eachWord(in: text.baseAddress!, r.lowerBound, r.upperBound) { from, to, _ in
                        if let w = known[String(decoding: text[from..<to], as: UTF8.self)] { held.insert(w) }
                    }
                    for w in common.words.indices where common.bitmapOf[w * 3 + f] >= 0 {
                        let b = Int(common.bitmapOf[w * 3 + f])
                        let bit = common.bits[b * common.stride + p >> 6] >> UInt64(p & 63) & 1 != 0
                        XCTAssertEqual(bit, held.contains(w), "'\(String(decoding: common.words[w], as: UTF8.self))' field \(f) paper \(p)")
                        if bit { marked += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(marked, 10_000)
    }

    func testSearchesWithCommonWordsEqualAFullScan() {
        let index = Self.catalog.index
        XCTAssertNotNil(index.common.holders(of: Array("모델".utf8)))
        XCTAssertNotNil(index.common.holders(of: Array("iffusi".utf8)), "inside a common word")
        for needle in CandidateIndexTests.needles + ParallelScanTests.words + ["모델의", "fusion", "데이", "tate"] {
            let pattern = TextPattern(needle)
            let full = index.scanHits(pattern)
            for fields: UInt8 in [7, 1, 2, 4, 6, 5] {
                let fast = index.fieldHits(pattern, fields: fields)
                XCTAssertEqual(fast.map { CandidateIndexTests.first($0 & fields) },
                               full.map { CandidateIndexTests.first($0 & fields) }, "\(needle) in fields \(fields)")
            }
        }
    }

    func testTermsTogetherEqualEachAlone() {
        let index = Self.catalog.index
        let needles = ["모델", "diffusion", "성능", "state", "-video", "데이터", "chen", "-모델의", "iffus"]
        var scans: [String: [UInt8]] = [:]
        for n in needles + ["agent", "-x", "llm"] { scans[n] = index.scanHits(TextPattern(n.hasPrefix("-") ? String(n.dropFirst()) : n)) }
        for a in needles { for b in needles where b != a { for c in ["agent", "-x", "llm"] {
            let terms = [a, b, c].map { n in
                (pattern: TextPattern(n.hasPrefix("-") ? String(n.dropFirst()) : n), fields: UInt8(7), negated: n.hasPrefix("-"))
            }
            let together = index.fieldHits(terms: terms)
            let alone = [a, b, c].map { scans[$0]! }
            for p in 0..<Self.catalog.papers.count {
                let holds = { (bits: [UInt8]) in zip(terms, bits).allSatisfy { t, b in (b != 0) != t.negated } }
                let x = holds(terms.indices.map { together[$0][p] }), y = holds(terms.indices.map { alone[$0][p] })
                XCTAssertEqual(x, y, "\(a) \(b) \(c) paper \(p)")
                if x {
                    for k in terms.indices where !terms[k].negated {
                        XCTAssertEqual(CandidateIndexTests.first(together[k][p]), CandidateIndexTests.first(alone[k][p]),
                                       "\(a) \(b) \(c) paper \(p) term \(k)")
                    }
                }
            }
        } } }
    }

    func testWordsAreLatinRunsAndSyllablePrefixes() {
        let text = Array("transformer를 모델을 a ab abc 언어모델의 x".utf8)
        var words: [String] = []
        text.withUnsafeBufferPointer { t in
            CommonWords.eachWord(in: t.baseAddress!, 0, t.count) { from, to, key in
                let word = Array(t[from..<to])
                XCTAssertEqual(key, WordKey.of(word), String(decoding: word, as: UTF8.self))
                words.append(String(decoding: word, as: UTF8.self))
            }
        }
        XCTAssertEqual(words, ["transformer", "를", "모", "모델", "모델을", "abc", "언", "언어", "언어모"])
    }

    func testWordsStopAtFieldEndsAndLongRunsAreNotWords() {
        func words(_ text: String, upTo cut: Int? = nil) -> [String] {
            let bytes = Array(text.utf8)
            var out: [String] = []
            bytes.withUnsafeBufferPointer { t in
                CommonWords.eachWord(in: t.baseAddress!, 0, cut ?? t.count) { from, to, _ in
                    out.append(String(decoding: t[from..<to], as: UTF8.self))
                }
            }
            return out
        }
        XCTAssertEqual(words("abc 모델"), ["abc", "모", "모델"], "a field that ends on a syllable")
        // `to` two bytes into 델: the syllable is not in the field.
        XCTAssertEqual(words("모델", upTo: 5), ["모"])
        XCTAssertEqual(words(String(repeating: "a", count: 33) + " " + String(repeating: "b", count: 32)),
                       [String(repeating: "b", count: 32)], "33 letters are no word")
        XCTAssertEqual(words("ab1cd ㅁㄷ é모"), ["모"], "short runs, digits, jamo and é are no words")
    }

    /// A field the common words say holds the needle is answered without reading it: the
    /// text here does not hold it, so only the known bit can make it a hit.
    func testAKnownFieldIsNotRead() {
        let index = Self.catalog.index
        let needle = Array("zzzq".utf8)
        let stride = (Self.catalog.papers.count + 63) / 64
        var bits = [UInt64](repeating: 0, count: 3 * stride)
        bits[2 * stride] = 1 << 5
        let got = needle.withUnsafeBufferPointer { needle in
            bits.withUnsafeBufferPointer { bits in
                index.folded.withUnsafeBufferPointer { text in
                    index.candidates.byteSets.withUnsafeBufferPointer { sets in
                        index.letterPairs.words.withUnsafeBufferPointer { pairs in
                            (0..<8).map { p in
                                index.firstField(of: needle, filter: PairFilter(Array(needle), frequency: index.foldedFrequency),
                                                 set: CandidateIndex.byteSet(Array(needle)), pairs: [], fields: 7,
                                                 known: Known(bits, stride: stride), paper: p, text: text.baseAddress!,
                                                 sets: sets.baseAddress!, pairWords: pairs.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
        XCTAssertEqual(got, [0, 0, 0, 0, 0, 4, 0, 0])
    }

    /// A reader reloading gives the pass up (before it starts, or midway): the catalog is
    /// left without words, as before the pass, and a later pass learns them whole.
    func testAPassGivenUpLeavesNoWordsAndALaterOneLearnsThem() throws {
        let fresh = TestSupport.catalog(ParallelScanTests.corpus(papers: 5_000))
        let asked = Mutex(0)
        for after in [0, 1, 20] {
            asked.withLock { $0 = 0 }
            fresh.indexCommonWords(stop: { asked.withLock { $0 += 1; return $0 > after } })
            XCTAssertGreaterThan(asked.withLock { $0 }, after)
            XCTAssertFalse(fresh.hasCommonWords, "stopped after \(after)")
            XCTAssertTrue(fresh.index.common.words.isEmpty)
        }
        fresh.indexCommonWords()
        XCTAssertTrue(fresh.hasCommonWords)
        XCTAssertEqual(fresh.index.common.words, Self.catalog.index.common.words)
        XCTAssertEqual(fresh.index.common.bits, Self.catalog.index.common.bits)
    }

    func testBeforeTheWordsAreLearntSearchesAnswerTheSame() throws {
        let fresh = TestSupport.catalog(ParallelScanTests.corpus(papers: 5_000))
        XCTAssertTrue(fresh.index.common.words.isEmpty)
        for query in ["모델 diffusion", "transformer 모델 성능", "-모델 x", "chen"] {
            let q = try QueryParser.parse(query)
            XCTAssertEqual(fresh.search(q), Self.catalog.search(q), query)
        }
    }

    /// Sorted other than by relevance, a term holds where any field is known to: the same
    /// papers as the full scan, every score 0; sorted by relevance, the scores are those
    /// of the first field, as before.
    func testAnyKnownFieldAnswersWhenNoScoreIsNeeded() throws {
        let index = Self.catalog.index
        for needle in ["모델", "diffusion", "성능", "ㅁㄷ", "iffus", "chen", "transformer"] {
            let pattern = TextPattern(needle)
            let full = index.scanHits(pattern)
            for fields: UInt8 in [7, 6, 5, 3] {
                let any = index.fieldHits(pattern, fields: fields, anyField: true)
                XCTAssertEqual(any.map { $0 & fields != 0 }, full.map { $0 & fields != 0 }, "\(needle) in fields \(fields)")
                for (a, f) in zip(any, full) where a != 0 {
                    XCTAssertNotEqual(a & f, 0, "\(needle): a field that holds it")
                    XCTAssertEqual(a.nonzeroBitCount, 1)
                }
            }
        }
        let fresh = TestSupport.catalog(ParallelScanTests.corpus(papers: 5_000))
        var differing = 0
        for query in ["모델", "transformer 모델 성능", "-모델 x", "diffusion 성능", "ㅁㄷ state", "title:model 성능"] {
            let q = try QueryParser.parse(query)
            let votes = Self.catalog.search(q, order: .votes), relevance = Self.catalog.search(q, order: .relevance)
            XCTAssertEqual(Set(votes.map(\.paper)), Set(relevance.map(\.paper)), query)
            XCTAssertTrue(votes.allSatisfy { $0.score == 0 }, query)
            XCTAssertEqual(relevance, fresh.search(q, order: .relevance), "\(query): scores as without common words")
            XCTAssertEqual(votes, fresh.search(q, order: .votes), query)
            differing += zip(Self.catalog.match(q), relevance.sorted { $0.paper < $1.paper }).filter { $0.score != $1.score }.count
        }
        XCTAssertEqual(differing, 0, "match keeps its scores")
    }
}
