#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A word's key: the word itself, packed, for nearly every word, so that the table finds a
/// word by comparing one integer.
///
/// - up to 12 Latin letters: each letter's `letter - 0x60` (1…26) in 5 bits, first letter
///   lowest; no letter is 0, so the length is in the key;
/// - one to three Hangul syllables: bit 63 and each syllable's `scalar - 0xAC00 + 1`
///   (1…11,172) in 14 bits, first syllable lowest;
/// - 13 to 32 Latin letters: bit 62 and a hash of the letters. Only these keys can be
///   shared by two words, so only they are confirmed by comparing bytes.
///
/// Comparing the bytes of every word found cost an eighth of the pass that learns the
/// common words.
enum WordKey {
    static let hashed: UInt64 = 1 << 62
    static let hangul: UInt64 = 1 << 63
    static let packedLetters = 12

    @inline(__always)
    static func isExact(_ key: UInt64) -> Bool { key & hashed == 0 }

    /// One more letter `b` (`a`…`z`) at place `n` of a word of at most 12 letters.
    @inline(__always)
    static func letter(_ key: UInt64, _ b: UInt8, at n: Int) -> UInt64 {
        key | UInt64(b &- 0x60) << UInt64(5 * n)
    }

    /// The syllable `v` (U+AC00…U+D7A3) at place `n` (0, 1 or 2) of a Hangul word.
    @inline(__always)
    static func syllable(_ key: UInt64, _ v: Int, at n: Int) -> UInt64 {
        key | hangul | UInt64(v - 0xAC00 + 1) << UInt64(14 * n)
    }

    /// The key of `n` (13…`CommonWords.longestWord`) letters at `p`.
    static func longLetters(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            i += 8
        }
        var tail: UInt64 = 0
        for k in i..<n { tail |= UInt64(p[k]) << UInt64((k - i) * 8) }
        h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        return hashed | (h ^ h >> 31) >> 2
    }

    /// A word's key from its bytes alone, as the scan computes it: a word as
    /// `CommonWords.eachWord` finds them, Latin letters or one to three syllables.
    static func of(_ word: [UInt8]) -> UInt64 {
        word.withUnsafeBufferPointer { w in
            guard let p = w.baseAddress, !w.isEmpty else { return 0 }
            if p[0] < 0x80 {
                guard w.count <= packedLetters else { return longLetters(p, w.count) }
                var key: UInt64 = 0
                for n in 0..<w.count { key = letter(key, p[n], at: n) }
                return key
            }
            var key: UInt64 = 0
            for n in 0..<w.count / 3 {
                let v = Int(p[3 * n] & 0x0F) << 12 | Int(p[3 * n + 1] & 0x3F) << 6 | Int(p[3 * n + 2] & 0x3F)
                key = syllable(key, v, at: n)
            }
            return key
        }
    }
}

/// Finds a word's number by its key (open addressing).
struct WordTable: @unchecked Sendable {
    /// Per slot, a key (0: empty, as no word's key is 0) and its word's number.
    let keys: [UInt64]
    let numbers: [Int32]
    /// The words end to end, word `w` at `bytes[start[w]..<start[w + 1]]`, for the keys
    /// that are hashes.
    let bytes: [UInt8]
    let start: [Int32]
    let shift: UInt64

    init(_ words: [[UInt8]]) {
        var bits = 6
        while 1 << bits < words.count * 4 { bits += 1 }
        let size = 1 << bits
        shift = UInt64(64 - bits)
        var keys = [UInt64](repeating: 0, count: size), numbers = [Int32](repeating: -1, count: size)
        for (w, word) in words.enumerated() {
            let key = WordKey.of(word)
            var s = Self.slot(key, shift)
            while keys[s] != 0 { s = (s + 1) & (size - 1) }
            keys[s] = key; numbers[s] = Int32(w)
        }
        self.keys = keys; self.numbers = numbers
        bytes = words.flatMap { $0 }
        start = words.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Calls `body` with the number of each word of `text[from..<to]` that is in the table.
    @inline(__always)
    func eachKnownWord(in t: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ body: (Int) -> Void) {
        keys.withUnsafeBufferPointer { keys in
            numbers.withUnsafeBufferPointer { numbers in
                let mask = keys.count - 1, shift = shift
                CommonWords.eachWord(in: t, from, to) { lo, hi, key in
                    var s = Self.slot(key, shift)
                    while true {
                        let k = keys[s]
                        if k == key {
                            if WordKey.isExact(key) || sameBytes(Int(numbers[s]), t + lo, hi - lo) { body(Int(numbers[s])) }
                            return
                        }
                        if k == 0 { return }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    private func sameBytes(_ w: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let at = Int(start[w])
        return Int(start[w + 1]) - at == n && bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + at, p, n) == 0 }
    }
}
