import XCTest
@testable import DailyPapersCore

/// The compact initials index must answer exactly as the rule for initials reads on the
/// text itself: consecutive characters anywhere, or characters of one word in order from
/// its start. The reference below applies the rule to Unicode scalars, field by field.
final class InitialsIndexTests: XCTestCase {
    static let pieces = [
        "모", "델", "레", "이", "어", "스", "킵", "언", "가", "각", "ㅁ", "ㄷ", "ㄳ", "ㅋ", " ", " ", ", ", "x", "é", "😀",
        "-", "(", "model", "transformer architecture", "Ü", "ㅎ", "한", "글", "레이어스킵", "언어모델",
    ]
    static let needles = ["ㅁㄷ", "ㄹㅇㅅㅋ", "ㄹㅅ", "ㅇㅋ", "ㅁ", "ㄷㄷ", "ㄳ", "ㅁㄷㅁ", "ㄱㄱ", "ㅎㄱ", "ㅋ", "ㅇㅇㅁㄷ", "ㅁㄷㄹ"]

    static func corpus(papers: Int, seed: UInt64) -> String {
        var x = seed
        func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
        func text(_ n: Int) -> String { (0..<n).map { _ in pieces[next(pieces.count)] }.joined() }
        var out = "## Daily Papers (2024-04-26)\n"
        for i in 0..<papers {
            out += "### [T\(text(1 + next(8)))](https://arxiv.org/abs/2404.\(String(format: "%05d", i)))\n"
            out += "Authors: \((0..<(1 + next(3))).map { _ in "A" + text(next(5)) }.joined(separator: ", "))\n"
            for _ in 0..<(1 + next(3)) { out += "- b" + text(next(14)) + "\n" }
        }
        return out
    }

    /// The consonant a scalar carries for the rule, if any.
    static func consonant(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        Hangul.initial(of: s) ?? (Hangul.isInitialConsonant(s) ? s : nil)
    }

    /// The matches of `needle` in `text` by the rule, each as the UTF-8 ranges of the
    /// characters it matched, scanning on after each match as highlights do.
    static func reference(_ needle: String, in text: String) -> [[Range<Int>]] {
        let scalars = Array(text.unicodeScalars)
        let want = Array(needle.unicodeScalars)
        var offsets: [Int] = [], o = 0
        for s in scalars { offsets.append(o); o += UTF8.width(s) }
        let cons = scalars.map(consonant)
        var out: [[Range<Int>]] = []
        var at = 0
        while at < scalars.count {
            guard cons[at] == want[0] else { at += 1; continue }
            var matched: [Int]? = nil
            if at + want.count <= cons.count, (0..<want.count).allSatisfy({ cons[at + $0] == want[$0] }) {
                matched = Array(at..<at + want.count)
            } else if at == 0 || cons[at - 1] == nil {
                var k = 0, i = at, got: [Int] = []
                while k < want.count, i < cons.count, let c = cons[i] {
                    if c == want[k] { got.append(i); k += 1 }
                    i += 1
                }
                if k == want.count { matched = got }
            }
            guard let m = matched else { at += 1; continue }
            out.append(m.map { offsets[$0]..<offsets[$0] + 3 })
            at = m.last! + 1
        }
        return out
    }

    static func fieldTexts(_ paper: Paper) -> [String] {
        [paper.title, paper.authors.joined(separator: ", "), paper.summary.map(\.text).joined(separator: "\n")]
    }

    func testPackedCodesAreTheConsonantsCodes() {
        XCTAssertEqual(InitialsIndex.packedLow, InitialsIndex.pack(InitialsIndex.initialCode[0..<12]))
        XCTAssertEqual(InitialsIndex.packedHigh, InitialsIndex.pack(InitialsIndex.initialCode[12..<19]))
        // 가 (ㄱ), 나 (ㄴ), 하 (ㅎ), 힣 (ㅎ): the first, a middle and the last syllables.
        XCTAssertEqual(InitialsIndex.code(0xEA, 0xB0, 0x80), 1)
        XCTAssertEqual(InitialsIndex.code(0xEB, 0x82, 0x98), 4)
        XCTAssertEqual(InitialsIndex.code(0xED, 0x95, 0x98), 30)
        XCTAssertEqual(InitialsIndex.code(0xED, 0x9E, 0xA3), 30)
    }

    func testHitsEqualTheRuleOnTheText() throws {
        for seed: UInt64 in [7, 2_024] {
            let catalog = TestSupport.catalog(Self.corpus(papers: 3_000, seed: seed))
            let index = catalog.index
            for needle in Self.needles {
                let codes = try XCTUnwrap(InitialsIndex.needle(TextPattern(needle).folded))
                let expected = catalog.papers.map { paper in
                    Self.fieldTexts(paper).map { !Self.reference(needle, in: $0).isEmpty }
                }
                XCTAssertTrue(expected.contains { $0.contains(true) }, "\(needle) should match somewhere")
                XCTAssertTrue(expected.contains { !$0.contains(true) }, "\(needle) should miss somewhere")
                let all = index.scanHits(TextPattern(needle))
                for fields: UInt8 in [7, 1, 2, 4, 6] {
                    let hits = index.initialsHits(codes, fields: fields, among: nil)
                    for p in expected.indices {
                        let first = (0..<3).first { fields & (1 << $0) != 0 && expected[p][$0] }
                        XCTAssertEqual(hits[p], first.map { 1 << $0 } ?? 0, "\(needle) paper \(p) fields \(fields)")
                    }
                }
                for p in expected.indices {
                    let bits = (0..<3).reduce(UInt8(0)) { $0 | (expected[p][$1] ? 1 << $1 : 0) }
                    XCTAssertEqual(all[p], bits, "\(needle) paper \(p), every field")
                }
                let found = Set(catalog.search(try QueryParser.parse(needle)).map(\.paper))
                XCTAssertEqual(found, Set(expected.indices.filter { expected[$0].contains(true) }), needle)
            }
        }
    }

    /// With the common words learnt, fields holding a word with the consonants in a row
    /// are not read: the answers must be those read from the codes.
    func testCommonWordsChangeNoInitialsAnswer() throws {
        let text = Self.corpus(papers: 3_000, seed: 7)
        let plain = TestSupport.catalog(text), learnt = TestSupport.catalog(text)
        learnt.indexCommonWords()
        var helped = 0
        for needle in Self.needles {
            let codes = try XCTUnwrap(InitialsIndex.needle(TextPattern(needle).folded))
            if learnt.index.common.initialsHolders(of: codes) != nil { helped += 1 }
            for fields: UInt8 in [7, 1, 4, 6] {
                XCTAssertEqual(learnt.index.initialsHits(codes, fields: fields, among: nil),
                               plain.index.initialsHits(codes, fields: fields, among: nil), "\(needle) fields \(fields)")
            }
            XCTAssertEqual(learnt.index.scanHits(TextPattern(needle)), plain.index.scanHits(TextPattern(needle)), needle)
        }
        XCTAssertGreaterThanOrEqual(helped, 2, "common words hold some of the needles")
    }

    func testHighlightsEqualTheRuleOnTheText() throws {
        let catalog = TestSupport.catalog(Self.corpus(papers: 800, seed: 99))
        let fields: [TextField] = [.title, .authors, .summary]
        var compared = 0
        for needle in Self.needles {
            for p in catalog.papers.indices {
                for (f, text) in Self.fieldTexts(catalog.papers[p]).enumerated() {
                    let got = catalog.index.occurrences(TextPattern(needle), field: fields[f], paper: p)
                    let want = Self.reference(needle, in: text).flatMap { $0 }
                    XCTAssertEqual(got, want, "\(needle) in \(text)")
                    compared += want.count
                }
            }
        }
        XCTAssertGreaterThan(compared, 500)
    }

    func testAmongLeavesOtherPapersOut() throws {
        let catalog = TestSupport.catalog(Self.corpus(papers: 500, seed: 5))
        let codes = try XCTUnwrap(InitialsIndex.needle(TextPattern("ㅁ").folded))
        let all = catalog.index.initialsHits(codes, fields: 7, among: nil)
        let among = (0..<all.count).map { UInt8($0 % 2) }
        let some = catalog.index.initialsHits(codes, fields: 7, among: among)
        for p in all.indices { XCTAssertEqual(some[p], p % 2 == 1 ? all[p] : 0) }
    }

    /// Text without a consonant anywhere leaves no codes; the index still answers.
    func testNoHangulAtAll() throws {
        let catalog = TestSupport.catalog(digest("""
        ### [Plain English](https://arxiv.org/abs/2404.00001)
        Authors: Ada Lovelace
        - only ascii here
        """))
        XCTAssertEqual(catalog.index.initials.codes.count, 1)
        XCTAssertEqual(try catalog.search(QueryParser.parse("ㅁㄷ")).count, 0)
        XCTAssertEqual(try catalog.search(QueryParser.parse("plain")).count, 1)
    }

    /// A word's start is a mark on its first code, not a byte of its own.
    func testCodesMarkWordStarts() throws {
        let catalog = TestSupport.catalog(digest("### [언어모델 x 레이어스킵](https://arxiv.org/abs/2404.00001)\n"))
        let codes = Array(catalog.index.initials.codes)
        let m = InitialsIndex.wordStart
        // ㅇㅇㅁㄷ ㄹㅇㅇㅅㅋ (U+3130 + code), the first of each word marked; nothing for the
        // empty fields.
        XCTAssertEqual(codes, [m | 23, 23, 17, 7, m | 9, 23, 23, 21, 27])
    }

    /// A field's codes, read eight bytes at a time, against the scalars one by one: a code
    /// per consonant, marked unless the scalar before it carried one.
    func testWriteEqualsTheScalarsOneByOne() {
        let table = InitialsIndex.codeTable()
        var rng = SeededGenerator(seed: 12)
        let pool = Self.pieces + ["…", "中", "ᄀ", "\u{1161}", "\u{3130}", "\u{314F}", "ㅎ", "힣", "가", "ퟻ"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...16, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            var want: [UInt8] = [], marked = true
            for s in text.unicodeScalars {
                if let c = Self.consonant(s) {
                    want.append(UInt8(c.value - 0x3130) | (marked ? InitialsIndex.wordStart : 0))
                    marked = false
                } else {
                    marked = true
                }
            }
            let bytes = Array(text.utf8)
            var got = [UInt8](repeating: 0xFF, count: bytes.count + 1)
            let n = bytes.withUnsafeBufferPointer { b in
                got.withUnsafeMutableBufferPointer { InitialsIndex.write(b.baseAddress ?? UnsafePointer(bitPattern: 8)!, count: b.count, to: $0.baseAddress!, at: 1,
                                                                  table: table) }
            }
            XCTAssertEqual(Array(got[1..<n]), want, text)
        }
    }

    /// Every three-byte character's entry: its consonant's code, or 0 (surrogates have no
    /// character and are never in the text; they are 0 as well).
    func testCodeTableHoldsEveryCharactersConsonant() {
        let table = InitialsIndex.codeTable()
        XCTAssertEqual(table.count, 1 << 16)
        for v in 0x800..<0x1_0000 {
            let want = Unicode.Scalar(UInt32(v)).flatMap(Self.consonant).map { UInt8($0.value - 0x3130) } ?? 0
            XCTAssertEqual(table[v], want, String(v, radix: 16))
        }
    }

    func testTheIndexIsSmallerThanTheText() {
        let catalog = TestSupport.catalog(Self.corpus(papers: 2_000, seed: 11))
        XCTAssertLessThan(catalog.index.initials.codes.count, catalog.index.folded.count / 2)
    }
}
