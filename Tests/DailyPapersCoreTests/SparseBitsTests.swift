import XCTest
@testable import DailyPapersCore

/// `SparseBits` answers every word as the whole map does, and a cache's copy is refused
/// when its parts disagree.
final class SparseBitsTests: XCTestCase {
    func testEveryWordAsInTheWholeMap() {
        var rng = SeededGenerator(seed: 3)
        for count in [0, 1, 63, 64, 65, 127, 128, 129, 1000, 4097] {
            for density in [0.0, 0.02, 0.5, 1.0] {
                let full = (0..<count).map { _ in Double.random(in: 0..<1, using: &rng) < density ? UInt64.random(in: 1...UInt64.max, using: &rng) : 0 }
                let bits = full.withUnsafeBufferPointer { SparseBits($0) }
                XCTAssertEqual(bits.wordCount, count)
                XCTAssertEqual(bits.words.count, full.filter { $0 != 0 }.count)
                for j in 0..<count where bits.word(j) != full[j] {
                    XCTFail("word \(j) of \(count) at density \(density)")
                    break
                }
                let back = SparseBits(wordCount: count, present: bits.present, words: bits.words)
                XCTAssertEqual(back?.words, bits.words)
                XCTAssertEqual(back?.before, bits.before)
            }
        }
    }

    func testInconsistentPartsAreRefused() {
        let full: [UInt64] = [0, 5, 0, 7] + [UInt64](repeating: 0, count: 66) + [9]
        let bits = full.withUnsafeBufferPointer { SparseBits($0) }
        XCTAssertNotNil(SparseBits(wordCount: 71, present: bits.present, words: bits.words))
        // A word too many or too few, a map of another size, a word marked past the end.
        XCTAssertNil(SparseBits(wordCount: 71, present: bits.present, words: bits.words + [1]))
        XCTAssertNil(SparseBits(wordCount: 71, present: bits.present, words: Array(bits.words.dropLast())))
        XCTAssertNil(SparseBits(wordCount: 200, present: bits.present, words: bits.words))
        XCTAssertNil(SparseBits(wordCount: 70, present: bits.present, words: bits.words))
        XCTAssertNil(SparseBits(wordCount: -1, present: [], words: []))
    }
}
