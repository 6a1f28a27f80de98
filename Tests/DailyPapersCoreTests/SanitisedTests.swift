import CByteLoops
import XCTest
@testable import DailyPapersCore

/// Text from a digest never acts on the terminal.
final class SanitisedTests: XCTestCase {
    func testEscapeSequencesLoseTheirEscape() {
        XCTAssertEqual(Sanitised.inert("\u{1B}[31mred\u{1B}[0m"), "\u{FFFD}[31mred\u{FFFD}[0m")
        XCTAssertEqual(Sanitised.inert("\u{1B}]0;title\u{07}x"), "\u{FFFD}]0;title\u{FFFD}x")
        XCTAssertEqual(Sanitised.inert("\u{1B}]52;c;ZXZpbA==\u{1B}\\"), "\u{FFFD}]52;c;ZXZpbA==\u{FFFD}\\")
        XCTAssertEqual(Sanitised.inert("a\u{9B}2Jb"), "a\u{FFFD}2Jb")      // C1 CSI
        XCTAssertEqual(Sanitised.inert("a\u{90}b\u{9D}c\u{7F}"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        XCTAssertEqual(Sanitised.inert("nul\u{0}"), "nul\u{FFFD}")
    }

    func testLineBreaksAndTabsBecomeSpaces() {
        XCTAssertEqual(Sanitised.inert("a\nb\tc\rd"), "a b c d")
    }

    func testBidiAndZeroWidthAreDropped() {
        XCTAssertEqual(Sanitised.inert("abc\u{202E}fed\u{202C}"), "abcfed")
        XCTAssertEqual(Sanitised.inert("\u{2066}x\u{2069}\u{200E}\u{200F}"), "x")
        XCTAssertEqual(Sanitised.inert("\u{061C}a"), "a")                       // Arabic letter mark
        XCTAssertEqual(Sanitised.inert("zero\u{200B}width\u{2060}joiner\u{FEFF}"), "zerowidthjoiner")
        XCTAssertEqual(Sanitised.inert("\u{FFF9}x\u{FFFB}"), "x")
    }

    func testEveryScalarOfTheResultIsSafe() {
        var all = String.UnicodeScalarView()
        for v in 0..<0x300 { all.append(Unicode.Scalar(v)!) }
        for v in 0x2000...0x206F { all.append(Unicode.Scalar(v)!) }
        all.append("\u{061C}")
        XCTAssertFalse(Sanitised.inert(String(all)).unicodeScalars.contains(where: Sanitised.isUnsafe))
    }

    func testOrdinaryTextIsUntouched() {
        let text = "LLM×MapReduce: 모델의 [IDK] $\\times$ 👍 é"
        XCTAssertEqual(Sanitised.inert(text), text)
    }

    func testShort() {
        XCTAssertEqual(Sanitised.short("abcdef", limit: 4), "abc…")
        XCTAssertEqual(Sanitised.short("ab\u{1B}", limit: 4), "ab\u{FFFD}")
    }

    /// The parser's byte test finds exactly the characters `isUnsafe` names (but for tab,
    /// line feed and carriage return, which are shown as spaces), every scalar tried, alone
    /// and between other text; the UTF-8 check's cheaper one misses none of them.
    func testTheByteTestAgreesWithIsUnsafeOnEveryScalar() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let expected = Sanitised.isUnsafe(s) && s != "\t" && s != "\n" && s != "\r"
            let alone = Array(String(Character(s)).utf8), between = Array("a\(Character(s))b".utf8)
            let found = alone.withUnsafeBufferPointer { dp_has_unsafe($0.baseAddress, $0.count) != 0 }
                && between.withUnsafeBufferPointer { dp_has_unsafe($0.baseAddress, $0.count) != 0 }
            if found != expected { XCTFail("U+\(String(v, radix: 16)): found \(found), expected \(expected)"); return }
            // The UTF-8 check's test of bytes alone misses none of them.
            var maybe: UInt8 = 0
            let checked = between.withUnsafeBufferPointer { dp_utf8_check_unsafe($0.baseAddress, $0.count, 0, &maybe) }
            if checked >= 0 && expected && maybe == 0 {
                XCTFail("U+\(String(v, radix: 16)): missed by the UTF-8 check's test"); return
            }
        }
    }
}
