/// Byte-level facts about a file, found in one pass before it is split into lines, so that
/// the per-line work only pays for repair or normalisation when the file needs it.
struct UTF8Scan {
    /// Offsets where an ill-formed UTF-8 sequence starts, ascending.
    var invalidOffsets: [Int] = []
    /// The file holds conjoining Hangul jamo or combining marks, so strings may be NFD.
    var mayNeedNFC = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
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
