/// Finds a needle in a short stretch of text by two of its bytes at once.
///
/// In Korean text every byte of a syllable is common, so looking for one byte with
/// `memchr` stops every few dozen bytes; two bytes at their offsets in the needle rarely
/// coincide. Sixteen start positions are tested per step, and only where both bytes sit is
/// the whole needle compared.
struct PairFilter: Sendable {
    let first: Int, firstByte: UInt8
    let second: Int, secondByte: UInt8

    /// The needle's two rarest bytes at different offsets, by how often each byte occurs.
    init(_ needle: [UInt8], frequency: [UInt32]) {
        precondition(needle.count >= 2)
        var a = 0
        for i in needle.indices where frequency[Int(needle[i])] < frequency[Int(needle[a])] { a = i }
        var b = a == 0 ? 1 : 0
        for i in needle.indices where i != a && frequency[Int(needle[i])] < frequency[Int(needle[b])] { b = i }
        first = a; firstByte = needle[a]
        second = b; secondByte = needle[b]
    }

    /// True when `needle` occurs wholly within `base[from..<to]`.
    func occurs(_ needle: UnsafeBufferPointer<UInt8>, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Bool {
        let n = needle.count
        let last = to - n
        guard from <= last else { return false }
        let nb = needle.baseAddress!
        @inline(__always) func matches(at s: Int) -> Bool {
            var k = 0
            while k < n && base[s + k] == nb[k] { k += 1 }
            return k == n
        }
        let v1 = SIMD16<UInt8>(repeating: firstByte), v2 = SIMD16<UInt8>(repeating: secondByte)
        var s = from
        // Every load stays below `to`: it reads offsets s + first … s + 15 + first < last + n.
        while s + 15 <= last {
            let a = UnsafeRawPointer(base + s + first).loadUnaligned(as: SIMD16<UInt8>.self)
            let b = UnsafeRawPointer(base + s + second).loadUnaligned(as: SIMD16<UInt8>.self)
            let both = (a .== v1) .& (b .== v2)
            if any(both) {
                for k in 0..<16 where both[k] && matches(at: s + k) { return true }
            }
            s += 16
        }
        while s <= last {
            if base[s + first] == firstByte && base[s + second] == secondByte && matches(at: s) { return true }
            s += 1
        }
        return false
    }
}
