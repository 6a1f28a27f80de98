/// Facts about Hangul needed for search.
public enum Hangul {
    /// The 19 initial consonants in the order syllables are composed, as compatibility
    /// jamo (the letters a Korean keyboard types).
    static let initials: [Unicode.Scalar] = [
        "ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
    ]

    /// A precomposed syllable, `가` (U+AC00) to `힣` (U+D7A3).
    public static func isSyllable(_ s: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(s.value) }

    /// A compatibility jamo consonant, `ㄱ` (U+3131) to `ㅎ` (U+314E).
    public static func isInitialConsonant(_ s: Unicode.Scalar) -> Bool { (0x3131...0x314E).contains(s.value) }

    /// The initial consonant of a syllable: `모` → `ㅁ`.
    public static func initial(of s: Unicode.Scalar) -> Unicode.Scalar? {
        guard isSyllable(s) else { return nil }
        return initials[Int(s.value - 0xAC00) / (21 * 28)]
    }
}
