import XCTest
@testable import DailyPapersCore

/// A word's key stands for the word itself (but for long Latin words, whose bytes the table
/// compares): two words with one exact key would set each other's bits.
final class WordTableTests: XCTestCase {
    func testExactKeysBelongToOneWordEach() {
        var owner: [UInt64: [UInt8]] = [:]
        var words = 0
        let text = CommonWordsTests.catalog.index.folded
        text.withUnsafeBufferPointer { t in
            CommonWords.eachWord(in: t.baseAddress!, 0, t.count) { from, to, key in
                let word = Array(t[from..<to])
                XCTAssertEqual(key, WordKey.of(word))
                guard WordKey.isExact(key) else {
                    XCTAssertGreaterThan(word.count, WordKey.packedLetters)
                    return
                }
                if let other = owner[key] {
                    XCTAssertEqual(other, word, String(decoding: word, as: UTF8.self))
                } else {
                    owner[key] = word
                }
                words += 1
            }
        }
        // Every length of word, with the letters and syllables at both ends of their ranges.
        let edges = ["abc", "zzz", "abcdefghijkl", "zyxwvutsrqpo", "가", "힣", "가가", "가힣", "힣가", "힣힣힣", "각", "가각"]
        for word in edges.map({ Array($0.utf8) }) {
            let key = WordKey.of(word)
            XCTAssertTrue(WordKey.isExact(key))
            if let other = owner[key] { XCTAssertEqual(other, word, String(decoding: word, as: UTF8.self)) }
            owner[key] = word
        }
        XCTAssertGreaterThan(owner.count, 300)
        XCTAssertGreaterThan(words, 100_000)
    }

    /// Random words of every exact length, letters and syllables drawn from their whole
    /// ranges: no two share a key.
    func testRandomWordsHaveTheirOwnKeys() {
        var rng = SeededGenerator(seed: 7)
        var owner: [UInt64: [UInt8]] = [:]
        for _ in 0..<200_000 {
            var word: [UInt8] = []
            if rng.next() % 2 == 0 {
                for _ in 0..<(3 + Int(rng.next() % 10)) { word.append(0x61 + UInt8(rng.next() % 26)) }
            } else {
                for _ in 0..<(1 + Int(rng.next() % 3)) {
                    word += Array(String(UnicodeScalar(0xAC00 + UInt32(rng.next() % 11_172))!).utf8)
                }
            }
            let key = WordKey.of(word)
            XCTAssertTrue(WordKey.isExact(key))
            if let other = owner[key], other != word {
                XCTFail("\(String(decoding: word, as: UTF8.self)) and \(String(decoding: other, as: UTF8.self))")
                return
            }
            owner[key] = word
        }
        XCTAssertGreaterThan(owner.count, 150_000)
    }

    func testTheTableFindsEachWordAndNoOther() {
        let known = ["model", "모델", "모", "모델을", "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyy", "abcdefghijkl"]
        let table = WordTable(known.map { Array($0.utf8) })
        let text = Array("model models 모델을 모델이 abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyx abcdefghijklm abcdefghijkl".utf8)
        var found: [String] = []
        text.withUnsafeBufferPointer { t in
            table.eachKnownWord(in: t.baseAddress!, 0, t.count) { found.append(known[$0]) }
        }
        XCTAssertEqual(found, ["model", "모", "모델", "모델을", "모", "모델", "abcdefghijklmnopqrstuvwxyz", "abcdefghijkl"])
    }
}
