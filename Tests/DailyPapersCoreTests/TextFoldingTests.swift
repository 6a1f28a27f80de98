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
}
