import Foundation

/// Summaries of repeated timings.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    mutating func add(_ v: Double) { values.append(v) }

    var sorted: [Double] { values.sorted() }
    var median: Double { percentile(50) }
    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }

    /// Nearest-rank percentile: with fewer than 100 samples p99 is the slowest one.
    func percentile(_ p: Double) -> Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(s.count)).rounded(.up))
        return s[Swift.min(Swift.max(rank, 1), s.count) - 1]
    }

    /// `min–max` in the unit given, for the spread column.
    func spread(_ unit: Unit) -> String { "\(unit.format(min))–\(unit.format(max)) (n=\(values.count))" }
}

/// How a figure in seconds is printed.
enum Unit {
    case ms, s

    func format(_ seconds: Double) -> String {
        switch self {
        case .ms:
            let v = seconds * 1000
            return v < 10 ? String(format: "%.2f ms", v) : v < 100 ? String(format: "%.1f ms", v) : String(format: "%.0f ms", v)
        case .s: return String(format: "%.2f s", seconds)
        }
    }
}
