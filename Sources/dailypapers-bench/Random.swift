import Foundation

/// SplitMix64: tiny, fast and the same on every platform, so that a seed always gives
/// the same corpus byte for byte.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one thing (a day, a paper) that does not depend on how many numbers
    /// were drawn before it: days can then be written in parallel and still be identical.
    init(seed: UInt64, _ a: Int, _ b: Int = 0) {
        var mix = SeededRandom(seed: seed ^ (UInt64(bitPattern: Int64(a)) &* 0x9E37_79B9_7F4A_7C15))
        mix.state ^= UInt64(bitPattern: Int64(b)) &* 0xC2B2_AE3D_27D4_EB4F
        _ = mix.next()
        state = mix.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range` (the slight modulo bias does not matter for test text).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// An index drawn with Zipf-like weights (the first items far more often), as words
    /// occur in real text.
    mutating func zipf(_ count: Int) -> Int {
        let u = Double(next() >> 11) / Double(1 << 53)
        // Inverse of a 1/x density over [1, count+1): cheap and close enough.
        let x = Int(exp(u * log(Double(count) + 1))) - 1
        return min(max(0, x), count - 1)
    }
}
