/// NFC for the text that digests written in NFD hold: ASCII and the conjoining jamo of
/// modern Hangul. Jamo are all starters and compose only by the Hangul arithmetic, so
/// there composing is that arithmetic, without Foundation's trip through UTF-16, which cost
/// a seventh of loading a corpus with a few NFD files. Anything else (precomposed
/// syllables, old jamo) is left to Foundation, whose answers there are its own: on Linux it
/// keeps a precomposed syllable apart from a following final, and joins some old jamo.
enum HangulComposition {
    private static let lBase: UInt32 = 0x1100, vBase: UInt32 = 0x1161, tBase: UInt32 = 0x11A7
    private static let sBase: UInt32 = 0xAC00, sLast: UInt32 = 0xD7A3

    /// The NFC form of `bytes`, or nil when they hold anything but ASCII and modern leading,
    /// vowel and trailing jamo (U+1100–U+1112, U+1161–U+1175, U+11A8–U+11C2), or are not
    /// well-formed.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var last: UInt32 = 0
        // The last syllable was composed here from L and V, so a T may join it.
        var lvComposed = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { out.append(b); last = UInt32(b); lvComposed = false; i += 1; continue }
            guard b >= 0xE1, b <= 0xED, i + 2 < bytes.count,
                  bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else { return nil }
            let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            i += 3
            let isL = (lBase..<lBase + 19).contains(v), isV = (vBase..<vBase + 21).contains(v)
            let isT = (tBase + 1..<tBase + 28).contains(v)
            guard isL || isV || isT else { return nil }
            var composed: UInt32?
            if isV, (lBase..<lBase + 19).contains(last) {
                composed = sBase + ((last - lBase) * 21 + (v - vBase)) * 28
            } else if isT, lvComposed, (sBase...sLast).contains(last) {
                composed = last + (v - tBase)
            }
            lvComposed = composed != nil && isV
            if let s = composed {
                // Both the jamo replaced and the syllable are three bytes.
                out.removeLast(3)
                append(s, to: &out)
                last = s
            } else {
                append(v, to: &out)
                last = v
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ v: UInt32, to out: inout [UInt8]) {
        out.append(0xE0 | UInt8(v >> 12))
        out.append(0x80 | UInt8(v >> 6 & 0x3F))
        out.append(0x80 | UInt8(v & 0x3F))
    }
}
