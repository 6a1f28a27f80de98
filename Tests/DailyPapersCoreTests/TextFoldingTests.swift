import CByteLoops
import XCTest
@testable import DailyPapersCore

/// Folding keeps byte offsets, so that a match found in folded text highlights the original.
final class TextFoldingTests: XCTestCase {
    func testLowerCaseWithTheSameUTF8Length() {
        for text in ["LLaMA", "ÉCOLE Ünïcödé", "ΑΒΓ Жук", "İstanbul", "모델 ㅁㄷ", "LLM×MapReduce 👍"] {
            XCTAssertEqual(TextFolding.fold(text).count, text.utf8.count, text)
        }
        XCTAssertEqual(TextFolding.fold("ÉCOLE ΑΒΓ Жук"), Array("école αβγ жук".utf8))
        // İ lowers to two scalars: kept as it is rather than shifting every later offset.
        XCTAssertEqual(TextFolding.fold("İX"), Array("İx".utf8))
    }

    /// Letters whose lower case is themselves but which fold: final sigma, curled beta.
    func testFoldsWhatLowerCaseKeeps() {
        XCTAssertEqual(TextFolding.fold("σας ΣΑΣ ϐ"), Array("σασ σασ β".utf8))
        XCTAssertEqual(TextFolding.fold("ß"), Array("ß".utf8), "folds to two letters: kept")
        let catalog = TestSupport.catalog(digest("### [Die ΣΑΣ Straße](https://arxiv.org/abs/2405.00001)\n\n- s\n"))
        for query in ["σας", "ΣΑΣ", "σασ", "straße"] {
            XCTAssertEqual(catalog.search(try QueryParser.parse(query)).count, 1, query)
        }
    }

    func testInitialsReplaceEachSyllableInPlace() {
        let folded = TextFolding.fold("레이어스킵 model 모델")
        XCTAssertEqual(String(decoding: TextFolding.initials(of: folded), as: UTF8.self), "ㄹㅇㅇㅅㅋ model ㅁㄷ")
    }

    func testHangulInitial() {
        XCTAssertEqual(Hangul.initial(of: "가"), "ㄱ")
        XCTAssertEqual(Hangul.initial(of: "힣"), "ㅎ")
        XCTAssertEqual(Hangul.initial(of: "뽀"), "ㅃ")
        XCTAssertNil(Hangul.initial(of: "a"))
        XCTAssertNil(Hangul.initial(of: "ㅁ"))
        XCTAssertTrue(Hangul.isInitialConsonant("ㅎ"))
        XCTAssertFalse(Hangul.isInitialConsonant("ㅏ"))
    }

    /// The index's fold in one C pass (AVX2) against the Swift loops: the same bytes, the
    /// same verdict on letters beyond ASCII, the same capital bits at any bit offset, and
    /// no bit outside the text's own touched.
    func testIndexFoldInOnePassEqualsTheLoops() throws {
        var probe: [UInt8] = [0x41], bits: [UInt64] = [0]
        try XCTSkipIf(probe.withUnsafeMutableBufferPointer { p in
            bits.withUnsafeMutableBufferPointer { dp_fold_ascii(p.baseAddress, p.baseAddress, 1, $0.baseAddress, 0) } } < 0,
                      "no AVX2 here")
        let pieces = ["A", "Z", "@", "[", "a", "z", "`", "{", "é", "É", "Ü", "ß", "Σ", "İ", "가", "모델", " ", "LLM", "\u{C0}", "\u{FF}", "😀", "Ж"]
        var rng = SeededGenerator(seed: 5)
        var special = 0
        for _ in 0..<5_000 {
            let text = Array((0..<Int.random(in: 0...60, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined().utf8)
            let bitBase = Int.random(in: 0...3, using: &rng), at = bitBase + Int.random(in: 0...130, using: &rng)
            let words = (at - bitBase + text.count + 63) / 64 + 1
            // Bits outside the text's own set at random, to see that they stay.
            let outside = (0..<words).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) }
            var cleared = outside
            for bit in (at - bitBase)..<(at - bitBase + text.count) { cleared[bit >> 6] &= ~(1 << UInt64(bit & 63)) }
            func run(vector: Bool) -> ([UInt8], Bool, [UInt64]) {
                var out = [UInt8](repeating: 0xEE, count: at + text.count + 1), marks = cleared
                let result = text.withUnsafeBufferPointer { src in
                    out.withUnsafeMutableBufferPointer { o in
                        marks.withUnsafeMutableBufferPointer {
                            IndexBuilder.fold(src, into: o, at: at, capitals: $0.baseAddress, bitBase: bitBase, vector: vector)
                        }
                    }
                }
                XCTAssertEqual(result.end, at + text.count)
                return (out, result.exact, marks)
            }
            let one = run(vector: true), loops = run(vector: false)
            XCTAssertEqual(one.0, loops.0, "\(text)")
            XCTAssertEqual(one.1, loops.1, "\(text)")
            XCTAssertEqual(one.2, loops.2, "\(text) at \(at)")
            if !loops.1 { special += 1 }
        }
        XCTAssertGreaterThan(special, 500, "text whose folding changes more than ASCII")
    }
}
