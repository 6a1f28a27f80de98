/// The check of one array in an index cache: Fletcher's two sums over its 64-bit words
/// (each first mixed with a constant), in four lanes of interleaved words so that the
/// loop runs in vector registers at the speed memory is read. A word changed, zeroed,
/// moved or cut off changes them. Pieces of an array can be summed apart and joined
/// (`append`), so that a large array is checked on every core.
struct SectionSum {
    private var a = SIMD4<UInt64>(), b = SIMD4<UInt64>()
    /// Groups of four words summed.
    private var quads: UInt64 = 0

    /// Continues with the next bytes of the array. Every piece but the last must be a
    /// whole number of 32-byte groups; the last is filled out with zeros.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let whole = bytes.count / 32
        var a = self.a, b = self.b
        for q in 0..<whole {
            a &+= base.loadUnaligned(fromByteOffset: q * 32, as: SIMD4<UInt64>.self) ^ Self.mix
            b &+= a
        }
        if bytes.count % 32 != 0 {
            var last = SIMD4<UInt64>(repeating: 0)
            withUnsafeMutableBytes(of: &last) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(whole * 32)...])) }
            a &+= last ^ Self.mix
            b &+= a
        }
        self.a = a; self.b = b
        quads += UInt64((bytes.count + 31) / 32)
    }

    /// Joins the sums of the piece that follows this one.
    mutating func append(_ next: SectionSum) {
        b &+= next.b &+ a &* SIMD4(repeating: next.quads)
        a &+= next.a
        quads += next.quads
    }

    struct Digest: Equatable {
        let plain: UInt64, placed: UInt64
    }

    /// What the file stores: the lanes folded into two words.
    var digest: Digest {
        Digest(plain: a[0] &+ a[1] &+ a[2] &+ a[3], placed: b[0] &+ 3 &* b[1] &+ 5 &* b[2] &+ 7 &* b[3])
    }

    private static let mix = SIMD4<UInt64>(repeating: 0x9E37_79B9_7F4A_7C15)
}
