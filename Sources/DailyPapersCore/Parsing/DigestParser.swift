import Foundation

/// Turns the bytes of one digest file into paper records and problems.
///
/// It walks UTF-8 bytes line by line and classifies each line by its first bytes; a
/// `String` is made only for the pieces a paper keeps (title, authors, bullet text), never
/// for a whole line. Every problem names its line and never stops the rest of the file.
public struct DigestParser {
    public init() {}

    /// Parses a whole file. `path` is only used to name problems.
    public func parse(_ bytes: [UInt8], path: String) -> ParsedDigest {
        bytes.withUnsafeBufferPointer { parse($0, path: path) }
    }

    public func parse(_ buffer: UnsafeBufferPointer<UInt8>, path: String) -> ParsedDigest {
        var state = ParserState(path: path, scan: UTF8Scan(buffer))
        var lines = LineIterator(buffer)
        while let line = lines.next() {
            state.checkEncoding(lineStart: line.start, lineEnd: line.end, number: line.number)
            let text = Line(buffer: buffer, start: line.start, end: line.end)
            state.checkUnsafe(text, number: line.number)
            state.handle(text, number: line.number)
        }
        state.finishPaper()
        state.finishSection()
        state.finishFile()
        return state.result
    }
}

/// One line's bytes, without its terminator.
struct Line {
    let buffer: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int

    var isBlank: Bool {
        var i = start
        while i < end { if buffer[i] != 0x20 && buffer[i] != 0x09 { return false }; i += 1 }
        return true
    }

    func hasPrefix(_ prefix: StaticString, at offset: Int = 0) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard start + offset + p.count <= end else { return false }
        for k in 0..<p.count where buffer[start + offset + k] != p[k] { return false }
        return true
    }

    /// The offset of the last occurrence of `a` followed by `b`, searching backwards.
    func lastIndex(of a: UInt8, followedBy b: UInt8) -> Int? {
        var i = end - 2
        while i >= start {
            if buffer[i] == a && buffer[i + 1] == b { return i }
            i -= 1
        }
        return nil
    }

    func firstIndex(of byte: UInt8, from: Int) -> Int? {
        var i = from
        while i < end { if buffer[i] == byte { return i }; i += 1 }
        return nil
    }

    func slice(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[from..<max(from, to)])
    }
}

/// Splits on LF, CRLF, or — in a file with no LF at all — lone CR.
struct LineIterator {
    let buffer: UnsafeBufferPointer<UInt8>
    var position = 0
    var number = 0
    let terminator: UInt8

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        let hasLF = buffer.count > 0
            && memchr(buffer.baseAddress!, 0x0A, buffer.count) != nil
        terminator = hasLF || !buffer.contains(0x0D) ? 0x0A : 0x0D
        // A byte order mark is not content.
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    }

    mutating func next() -> (start: Int, end: Int, number: Int)? {
        guard position < buffer.count else { return nil }
        let start = position
        var end: Int
        if let hit = memchr(buffer.baseAddress! + start, Int32(terminator), buffer.count - start) {
            end = buffer.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            position = end + 1
        } else {
            end = buffer.count
            position = buffer.count
        }
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        number += 1
        return (start, end, number)
    }
}
