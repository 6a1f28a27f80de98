/// Case folding that keeps every scalar's UTF-8 length, so that an offset in folded text
/// is the same offset in the original text and a match can be highlighted without a map.
public enum TextFolding {
    /// The lower-case UTF-8 bytes of `text`. Letters whose lower case has another length
    /// (rare, such as `İ`) are kept as they are.
    public static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }

    public static func append(_ text: String, to out: inout [UInt8]) {
        var needsScalars = false
        for b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { out.append(b | 0x20) }
            else {
                // Lead bytes below 0xD6 start scalars under U+0590: Latin, Greek, Cyrillic, Armenian.
                if b >= 0xC3 && b < 0xD6 { needsScalars = true }
                out.append(b)
            }
        }
        guard needsScalars else { return }
        // Rare path: redo the non-ASCII letters that have a lower case.
        var offset = out.count - text.utf8.count
        for s in text.unicodeScalars {
            let width = UTF8.width(s)
            if s.value >= 0xC0 && s.value < 0x590, let l = simpleFold(s), UTF8.width(l) == width {
                var k = offset
                for byte in UTF8.encode(l)! { out[k] = byte; k += 1 }
            }
            offset += width
        }
    }

    /// The scalar `s` folds to when that is one scalar, else nil: its lower case, or for a
    /// letter whose lower case is itself but which folds (final `ς`, curled `ϐ`), the lower
    /// case of its upper case, so that `σας` finds `ΣΑΣ`.
    static func simpleFold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        func single(_ text: String) -> Unicode.Scalar? {
            let scalars = text.unicodeScalars
            return scalars.count == 1 ? scalars.first : nil
        }
        let p = s.properties
        if p.changesWhenLowercased { return single(p.lowercaseMapping) }
        guard p.changesWhenCaseFolded, let upper = single(p.uppercaseMapping) else { return nil }
        return single(upper.properties.lowercaseMapping).flatMap { $0 == s ? nil : $0 }
    }

    /// A copy of folded bytes in which each Hangul syllable is replaced by its initial
    /// consonant (both take three bytes), for `ㅁㄷ`-style searches.
    public static func initials(of folded: [UInt8]) -> [UInt8] {
        var out = folded
        var i = 0
        while i + 2 < out.count {
            let b = out[i]
            // U+AC00–U+D7A3 is EA B0 80 … ED 9E A3.
            if b >= 0xEA && b <= 0xED {
                let v = (UInt32(b & 0x0F) << 12) | (UInt32(out[i + 1] & 0x3F) << 6) | UInt32(out[i + 2] & 0x3F)
                if let scalar = Unicode.Scalar(v), let ini = Hangul.initial(of: scalar) {
                    let bytes = Array(String(ini).utf8)
                    out[i] = bytes[0]; out[i + 1] = bytes[1]; out[i + 2] = bytes[2]
                }
                i += 3
            } else {
                i += 1
            }
        }
        return out
    }
}
