import Foundation
import XCTest
@testable import DailyPapersCore

/// The cache file's arrays: written and read back whole, small and large (read by two
/// threads), and any change to the bytes refused.
final class CacheFileTests: XCTestCase {
    private func file() throws -> String {
        try TestSupport.temporaryFolder(self).appendingPathComponent("arrays").path
    }

    private func write(_ path: String, _ body: (inout CacheWriter) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        var w = CacheWriter(fd: fd)
        try body(&w)
        try w.finish()
    }

    private func read<R>(_ path: String, _ body: (inout CacheReader) throws -> R) throws -> R {
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        var r = CacheReader(fd: fd, size: Int(st.st_size))
        let result = try body(&r)
        try r.finish()
        return result
    }

    func testArraysComeBackAsWritten() throws {
        let path = try file()
        var rng = SeededGenerator(seed: 3)
        // Past the size read on two threads, and of a length that is not a whole word.
        let large = (0..<(9 << 20) + 5).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let words: [UInt32] = [1, 2, 3]
        let empty: [Int64] = []
        try write(path) { w in
            try w.write(words); try w.write(large); try w.write(empty); try w.write([UInt8](repeating: 7, count: 3))
        }
        let back = try read(path) { r in
            (try r.array(UInt32.self), try r.array(UInt8.self), try r.array(Int64.self), try r.array(UInt8.self))
        }
        XCTAssertEqual(back.0, words)
        XCTAssertTrue(back.1 == large)
        XCTAssertEqual(back.2, empty)
        XCTAssertEqual(back.3, [7, 7, 7])
    }

    /// An array written as it is made is the same file as the array written whole: in
    /// pieces (past one piece's 8,192 elements), a length that is no whole word, or empty.
    func testAnArrayWrittenAsItIsMadeIsTheSameFile() throws {
        let whole = try file(), made = whole + "-made"
        let words = (0..<20_005).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        let bytes = (0..<8_195).map { UInt8(truncatingIfNeeded: $0 * 31) }
        try write(whole) { w in try w.write(words); try w.write(bytes); try w.write([Int64]()) }
        try write(made) { w in
            try w.writeMade(UInt32.self, count: words.count) { add in for x in words { try add(x) } }
            try w.writeMade(UInt8.self, count: bytes.count) { add in for x in bytes { try add(x) } }
            try w.writeMade(Int64.self, count: 0) { _ in }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: made)), try Data(contentsOf: URL(fileURLWithPath: whole)))
        let back = try read(made) { r in (try r.array(UInt32.self), try r.array(UInt8.self), try r.array(Int64.self)) }
        XCTAssertEqual(back.0, words)
        XCTAssertEqual(back.1, bytes)
        XCTAssertEqual(back.2, [])
    }

    /// A maker that passes more or fewer values than it announced is an error, not a file
    /// whose lengths are wrong.
    func testAnArrayMadeWithTheWrongCountIsRefused() throws {
        let path = try file()
        XCTAssertThrowsError(try write(path) { w in try w.writeMade(UInt8.self, count: 3) { add in try add(1); try add(2) } })
        XCTAssertThrowsError(try write(path) { w in
            try w.writeMade(UInt8.self, count: 1) { add in try add(1); try add(2) }
        })
    }

    func testAChangedByteInEitherHalfOrAWrongTypeIsRefused() throws {
        let path = try file()
        let large = [UInt64](repeating: 0x0101_0101_0101_0101, count: (9 << 20) / 8 + 1)
        try write(path) { try $0.write(large) }
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        for at in [8, 8 + good.count / 4, good.count - 30, good.count - 1] {
            var bad = good
            bad[at] ^= 0x10
            try bad.write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try read(path) { try $0.array(UInt64.self) }, "byte \(at)") { error in
                XCTAssertTrue("\(error)".contains("differ") || "\(error)".contains("cut short"), "\(error)")
            }
        }
        // Two words swapped: the same plain sum, another placed one.
        var swapped = good
        let a = 8, b = 8 + 4096 * 8
        swapped[a] = 0x02; swapped[b] = 0x00
        try swapped.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try read(path) { try $0.array(UInt64.self) })
        try good.write(to: URL(fileURLWithPath: path))
        // Read as items of 12 bytes, the array's length is not a whole number of them.
        XCTAssertThrowsError(try read(path) { try $0.array((UInt32, UInt32, UInt32).self) })
        XCTAssertEqual(try read(path) { try $0.array(UInt64.self) }, large)
    }

    func testSumsOfPiecesJoinToTheWholeAndTellAnyChange() {
        var rng = SeededGenerator(seed: 11)
        let words = (0..<1_003).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) }
        func digest(_ w: [UInt64], splitAt quads: Int? = nil) -> SectionSum.Digest {
            w.withUnsafeBytes { all in
                var sum = SectionSum()
                guard let quads else { sum.add(all); return sum.digest }
                sum.add(UnsafeRawBufferPointer(rebasing: all[0..<quads * 32]))
                var rest = SectionSum()
                rest.add(UnsafeRawBufferPointer(rebasing: all[(quads * 32)...]))
                sum.append(rest)
                return sum.digest
            }
        }
        let whole = digest(words)
        for quads in [0, 1, 100, 250] { XCTAssertEqual(digest(words, splitAt: quads), whole, "split at \(quads)") }
        for i in [0, 1, 2, 3, 500, 1_002] {
            var changed = words
            changed[i] ^= 1 << UInt64(i % 64)
            XCTAssertNotEqual(digest(changed), whole, "word \(i)")
        }
        var swapped = words
        swapped.swapAt(4, 5)
        XCTAssertNotEqual(digest(swapped), whole, "two words of one group swapped")
        swapped = words
        swapped.swapAt(4, 8)
        XCTAssertNotEqual(digest(swapped), whole, "one lane's words swapped")
        XCTAssertNotEqual(digest(Array(words.dropLast())), whole, "cut short")
    }
}
