/// Where each paper is in a library, by arXiv id: positions in an open-addressed table, the
/// ids themselves read from the papers when a slot is compared.
///
/// A `[String: Int]` kept a 16-byte string and an 8-byte position per bucket (about 4.7 MB
/// at 100,000 papers, 48 MB at a million); this keeps 4 bytes per slot with at least half
/// the slots empty (1 MB, 8 MB).
struct PositionTable: Sendable {
    /// A paper's position, or -1 where none is.
    private let slots: [Int32]
    private let mask: Int

    var byteCount: Int { slots.count * 4 }

    /// `count` ids, the id at position `p` given by `id(p)`; ids are distinct (a repeated
    /// one is found at its first position).
    init(count: Int, id: (Int) -> String) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for p in 0..<count {
            var at = Self.hash(id(p)) & mask
            while slots[at] >= 0 { at = (at + 1) & mask }
            slots[at] = Int32(p)
        }
        self.slots = slots
    }

    /// The position of the paper whose id is `key` (exactly), `id(p)` giving each paper's.
    func position(of key: String, id: (Int) -> String) -> Int? {
        var at = Self.hash(key) & mask
        while slots[at] >= 0 {
            if id(Int(slots[at])) == key { return Int(slots[at]) }
            at = (at + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the id's UTF-8 bytes, its high bits folded down: arXiv ids differ
    /// mostly in their last digits, which FNV's multiply carries upwards.
    private static func hash(_ s: String) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
