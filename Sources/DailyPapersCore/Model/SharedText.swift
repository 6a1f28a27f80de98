/// Authors and summaries read from a catalog's folded text instead of a copy of their own.
///
/// The index keeps every paper's text folded; folding keeps each character's length and,
/// for the papers kept here, changes nothing but ASCII capitals. So the text as written is
/// the folded text with the bytes marked in `capitals` upper-cased again, and a catalog
/// need not hold its text twice (at 100,000 papers the second copy was 140 MB).
final class SharedText: @unchecked Sendable {
    let folded: Column<UInt8>
    /// Bit `i - base` is set when byte `i` of `folded` was an ASCII capital. One per chunk
    /// of papers (`IndexBuilder.text`), covering that chunk's bytes: chunks are folded in
    /// parallel, each marking only its own bits.
    let capitals: SparseBits
    let base: Int

    init(folded: Column<UInt8>, capitals: SparseBits, base: Int) {
        self.folded = folded; self.capitals = capitals; self.base = base
    }

    /// The bytes `r` of `folded` as they were written.
    func string(_ r: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: r.count) { out in
            folded.withUnsafeBufferPointer { src in
                guard !r.isEmpty else { return }
                out.baseAddress!.initialize(from: src.baseAddress! + r.lowerBound, count: r.count)
            }
            eachCapital(in: r) { i in out[i - r.lowerBound] &= 0xDF }
            return r.count
        }
    }

    /// Calls `body` with the offset in `folded` of each capital within `r`.
    @inline(__always)
    func eachCapital(in r: Range<Int>, _ body: (Int) -> Void) {
        var i = r.lowerBound - base
        let end = r.upperBound - base
        while i < end {
            let span = min(64 - (i & 63), end - i)
            var w = capitals.word(i >> 6) >> UInt64(i & 63)
            if span < 64 { w &= (1 << UInt64(span)) - 1 }
            while w != 0 {
                body(base + i + w.trailingZeroBitCount)
                w &= w - 1
            }
            i += span
        }
    }
}
