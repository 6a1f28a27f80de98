import Foundation

/// One line of the printed table: a figure, how it varied, its baseline from the same
/// run, and the target with a verdict.
struct Row: Codable {
    var section: String
    var what: String
    var figure: String
    var spread: String = ""
    var baseline: String = ""
    var target: String = ""
    /// PASS, MISS, or empty for figures without a target.
    var verdict: String = ""
}

/// A target: a limit in seconds (or a ratio) and how it is written.
struct Target {
    let limit: Double
    let text: String

    func verdict(_ value: Double) -> String { value.isNaN ? "" : value <= limit ? "PASS" : "MISS" }

    /// The targets for a corpus of `papers` papers; 10k is held to the 100k ones.
    static func table(papers: Int) -> Targets {
        papers >= 1_000_000
            ? Targets(load: nil, loadRatio: 3, frame: 0.100, startup: 8, size: "1M")
            : Targets(load: 1.0, loadRatio: 3, frame: 0.016, startup: 1, size: papers >= 100_000 ? "100k" : "100k (held to)")
    }
}

struct Targets {
    /// Load + index wall time, when the issue sets one.
    let load: Double?
    let loadRatio: Double
    /// A query, a keystroke, a re-sort or a frame.
    let frame: Double
    let startup: Double
    let size: String
}

enum Report {
    static let headers = ["what", "figure (median)", "spread min–max", "baseline (same run)", "target", ""]

    static func print(_ title: String, _ rows: [Row]) {
        Swift.print("\n## \(title)\n")
        var widths = headers.map { $0.count }
        let cells = rows.map { [$0.what, $0.figure, $0.spread, $0.baseline, $0.target, $0.verdict] }
        for c in cells { for (i, v) in c.enumerated() { widths[i] = max(widths[i], v.count) } }
        func line(_ c: [String]) -> String {
            "| " + c.enumerated().map { i, v in v + String(repeating: " ", count: max(0, widths[i] - v.count)) }.joined(separator: " | ") + " |"
        }
        Swift.print(line(headers))
        Swift.print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
        var section = ""
        for (row, c) in zip(rows, cells) {
            if row.section != section {
                section = row.section
                Swift.print(line(["**\(section)**"] + Array(repeating: "", count: headers.count - 1)))
            }
            Swift.print(line(c))
        }
    }

    static func summary(_ all: [(String, [Row])]) {
        let judged = all.flatMap { title, rows in rows.filter { !$0.verdict.isEmpty }.map { (title, $0) } }
        let misses = judged.filter { $0.1.verdict == "MISS" }
        Swift.print("\n## Verdict: \(judged.count - misses.count) PASS, \(misses.count) MISS")
        for (title, row) in misses { Swift.print("- MISS \(title): \(row.what) = \(row.figure) (target \(row.target))") }
    }
}
