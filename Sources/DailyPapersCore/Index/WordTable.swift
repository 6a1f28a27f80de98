#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hash of a word: a Latin word eight bytes at a time, a Hangul one a syllable at a
/// time, so that the scan can carry it along a run of syllables.
enum WordHash {
    static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    static func step(_ h: UInt64, _ v: UInt64) -> UInt64 { (h ^ v) &* 0xFF51_AFD7_ED55_8CCD }

    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 31) }

    /// `n` (at most `CommonWords.longestWord`) letters at `p`.
    @inline(__always)
    static func letters(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h = step(seed, UInt64(n))
        var i = 0
        while i + 8 <= n { h = step(h, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)); i += 8 }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail |= UInt64(p[k]) << UInt64((k - i) * 8) }
            h = step(h, tail)
        }
        return finish(h)
    }

    /// A word's hash from its bytes alone, as the scan computes it.
    static func of(_ word: [UInt8]) -> UInt64 {
        word.withUnsafeBufferPointer { w in
            // No bytes: what `letters` gives for none.
            guard let p = w.baseAddress, !w.isEmpty else { return finish(step(seed, 0)) }
            if p[0] < 0x80 { return letters(p, w.count) }
            var h = seed
            for i in Swift.stride(from: 0, to: w.count, by: 3) {
                h = step(h, UInt64(p[i]) << 16 | UInt64(p[i + 1]) << 8 | UInt64(p[i + 2]))
            }
            return finish(h)
        }
    }
}

/// Finds a word's number by its hash (open addressing), confirmed by comparing bytes.
struct WordTable: @unchecked Sendable {
    let slots: [Int32]
    let hashes: [UInt64]
    /// The words end to end, word `w` at `bytes[start[w]..<start[w + 1]]`.
    let bytes: [UInt8]
    let start: [Int32]
    let mask: Int

    init(_ words: [[UInt8]]) {
        var size = 64
        while size < words.count * 4 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size), hashes = [UInt64](repeating: 0, count: size)
        for (w, word) in words.enumerated() {
            let h = WordHash.of(word)
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[s] >= 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(w); hashes[s] = h
        }
        self.slots = slots; self.hashes = hashes; mask = size - 1
        bytes = words.flatMap { $0 }
        start = words.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
    }

    /// Calls `body` with the number of each word of `text[from..<to]` that is in the table.
    @inline(__always)
    func eachKnownWord(in t: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ body: (Int) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                bytes.withUnsafeBufferPointer { bytes in
                    start.withUnsafeBufferPointer { start in
                        CommonWords.eachWord(in: t, from, to) { lo, hi, h in
                            var s = Int(truncatingIfNeeded: h) & mask
                            while true {
                                let w = Int(slots[s])
                                if w < 0 { return }
                                if hashes[s] == h {
                                    let at = Int(start[w]), n = Int(start[w + 1]) - at
                                    if n == hi - lo && memcmp(bytes.baseAddress! + at, t + lo, n) == 0 { body(w) }
                                    return
                                }
                                s = (s + 1) & mask
                            }
                        }
                    }
                }
            }
        }
    }
}
