import CByteLoops
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level facts about a file, found in one pass before it is split into lines, so that
/// the per-line work only pays for repair or normalisation when the file needs it.
struct UTF8Scan {
    /// Offsets where an ill-formed UTF-8 sequence starts, ascending.
    var invalidOffsets: [Int] = []
    /// The file holds conjoining Hangul jamo or combining marks, so strings may be NFD.
    var mayNeedNFC = false
    /// The file may hold characters that are never shown as they are (`Sanitised.isUnsafe`:
    /// controls, bidi and zero-width characters): its lines are then checked one by one.
    var mayHoldUnsafe = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Nearly every file is well-formed: a branch-free pass proves it, and only a file
        // that fails it is walked sequence by sequence to find where.
        // A byte order mark that opens a file is not content (the parser skips it).
        let skip = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var maybe: UInt8 = 1
        let checked = bytes.baseAddress.map { dp_utf8_check_unsafe($0, bytes.count, skip, &maybe) } ?? 1
        // Confirmed by the exact test only where bytes alone say it may be (controls, or
        // C2, D8, E2, EF: rare in digests, whose Korean starts with EA-ED).
        if maybe != 0, let p = bytes.baseAddress {
            mayHoldUnsafe = dp_has_unsafe(p + skip, bytes.count - skip) != 0
        }
        if checked == 1 || checked < 0 && Self.isValidByDFA(bytes) {
            mayNeedNFC = Self.mayNeedNFC(valid: bytes)
        } else {
            locateInvalid(bytes)
        }
    }

    /// A shift-based DFA: each byte's row holds, at bit `6 × state`, the next state times 6,
    /// so a step is one independent load and one shift (x86 masks the count to 6 bits).
    /// States: 0 accept, 1 error, 2–4 need 1–3 continuation bytes, 5 after E0, 6 after ED,
    /// 7 after F0, 8 after F4.
    private static let rows: [UInt64] = (0..<256).map { b -> UInt64 in
        func next(_ s: Int) -> Int {
            switch s {
            case 0:
                switch b {
                case 0x00...0x7F: return 0
                case 0xC2...0xDF: return 2
                case 0xE0: return 5
                case 0xED: return 6
                case 0xE1...0xEF: return 3
                case 0xF0: return 7
                case 0xF1...0xF3: return 4
                case 0xF4: return 8
                default: return 1
                }
            case 2, 3, 4: return (0x80...0xBF).contains(b) ? (s == 2 ? 0 : s - 1) : 1
            case 5: return (0xA0...0xBF).contains(b) ? 2 : 1
            case 6: return (0x80...0x9F).contains(b) ? 2 : 1
            case 7: return (0x90...0xBF).contains(b) ? 3 : 1
            case 8: return (0x80...0x8F).contains(b) ? 3 : 1
            default: return 1
            }
        }
        return (0..<9).reduce(UInt64(0)) { row, s in row | UInt64(next(s) * 6) << UInt64(s * 6) }
    }

    /// With AVX2, 32 bytes at a time (`CByteLoops`); else the DFA below. On 27 MB of digests
    /// alone, 2.9 ms against the DFA's 11; in a load of 100,000 papers, by `perf`, 0.06
    /// CPU-seconds against 0.15, a fifth of the parse.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let checked = dp_utf8_check(p, bytes.count)
        return checked >= 0 ? checked == 1 : isValidByDFA(bytes)
    }

    /// Four quarters at once, each cut at a character's first byte: one chain of shifts
    /// waits on itself, four keep the core busy. Every quarter of a well-formed file is
    /// well-formed, and well-formed quarters make a well-formed file.
    static func isValidByDFA(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var cuts = [0, n / 4, n / 2, n * 3 / 4, n]
        for k in 1...3 {
            var c = cuts[k]
            // A character is at most four bytes: more continuation bytes are ill-formed.
            while c < n, c < cuts[k] + 4, p[c] & 0xC0 == 0x80 { c += 1 }
            if c < n, p[c] & 0xC0 == 0x80 { return false }
            cuts[k] = max(c, cuts[k - 1])
        }
        return rows.withUnsafeBufferPointer { rows in
            let rows = rows.baseAddress!
            let q0 = p + cuts[0], q1 = p + cuts[1], q2 = p + cuts[2], q3 = p + cuts[3]
            var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
            let shortest = min(cuts[1] - cuts[0], cuts[2] - cuts[1], cuts[3] - cuts[2], cuts[4] - cuts[3])
            // Pointers and wrapping steps: checked index arithmetic cost a third of the loop.
            var i = 0
            while i < shortest {
                s0 = rows[Int(q0[i])] &>> s0
                s1 = rows[Int(q1[i])] &>> s1
                s2 = rows[Int(q2[i])] &>> s2
                s3 = rows[Int(q3[i])] &>> s3
                i &+= 1
            }
            for j in cuts[0] + i..<cuts[1] { s0 = rows[Int(p[j])] &>> s0 }
            for j in cuts[1] + i..<cuts[2] { s1 = rows[Int(p[j])] &>> s1 }
            for j in cuts[2] + i..<cuts[3] { s2 = rows[Int(p[j])] &>> s2 }
            for j in cuts[3] + i..<cuts[4] { s3 = rows[Int(p[j])] &>> s3 }
            return (s0 | s1 | s2 | s3) & 63 == 0
        }
    }

    /// `mayNeedNFC` of a well-formed file: there E1, CC and CD are always lead bytes, so
    /// `memchr` finds exactly the characters that matter, and Korean and English text hold
    /// none of them (a branch-free test of every byte was a twentieth of the parse).
    private static func mayNeedNFC(valid bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return false }
        let n = bytes.count
        func any(_ lead: UInt8, followedBy next: (UInt8) -> Bool) -> Bool {
            var at = 0
            while at < n, let hit = memchr(p + at, Int32(lead), n - at) {
                let i = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i + 1 < n && next(p[i + 1]) { return true }
                at = i + 1
            }
            return false
        }
        // U+0300–U+033F, U+0340–U+036F, U+1100–U+11FF.
        return any(0xCC) { _ in true } || any(0xCD) { $0 <= 0xAF } || any(0xE1) { $0 &- 0x84 < 4 }
    }

    private mutating func locateInvalid(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: invalidOffsets.append(i); i += 1; continue
            }
            var ok = i + length <= n
            if ok {
                let second = bytes[i + 1]
                ok = second >= lower && second <= upper
                var k = 2
                while ok && k < length {
                    ok = bytes[i + k] & 0xC0 == 0x80
                    k += 1
                }
                if ok {
                    // U+1100–U+11FF conjoining jamo (E1 84–87), U+0300–U+036F combining marks.
                    if (b == 0xE1 && second >= 0x84 && second <= 0x87)
                        || (b == 0xCC || (b == 0xCD && second <= 0xAF)) {
                        mayNeedNFC = true
                    }
                }
            }
            if ok { i += length } else { invalidOffsets.append(i); i += 1 }
        }
    }

    /// True when `bytes` hold a conjoining jamo (E1 84–87) or a combining mark (CC, CD 80–AF):
    /// only then can composing change them.
    static func mayNeedNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            let b = bytes[i], next = bytes[i + 1]
            if (b == 0xE1 && next >= 0x84 && next <= 0x87) || b == 0xCC || (b == 0xCD && next <= 0xAF) { return true }
            i += 1
        }
        return false
    }
}
