import DailyPapersStore
import Foundation

/// Issue 4's speed line: state for 100,000 papers loads at start-up in well under 100 ms,
/// and toggling a star never waits on the disk.
struct StoreSection {
    let runs: Int
    let marks = 100_000

    func run(log: (String) -> Void) -> [Row] {
        // tmpfs when there is one: filling 100,000 rows one commit at a time on a real disk
        // would take minutes and is not what is measured; reading them back is.
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let dir = "\(base)/dailypapers-bench-state-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/state.sqlite"

        // Filling the store through the public API measures the time `setStarred` takes to
        // return on a store that grows to 100,000 rows.
        let store = StateStore(path: path)
        var returns = Samples()
        let (fill, _) = Clock.time {
            for i in 0..<marks {
                let id = "\(2300 + i / 90_000).\(pad(i % 90_000 + 10_000, 5))"
                returns.add(Clock.time { store.setStarred(id, i % 3 != 0) }.seconds)
            }
            store.flush()
        }
        log(String(format: "  state: %d marks written in %.1f s", marks, fill))

        var load = Samples(), marksOnly = Samples()
        var loaded = 0
        for _ in 0..<runs {
            let t0 = Clock.now()
            let fresh = StateStore(path: path)
            let t1 = Clock.now()
            loaded = fresh.loadMarks().count
            let t2 = Clock.now()
            load.add(t2 - t0)
            marksOnly.add(t2 - t1)
        }
        let section = "state store (SQLite through GRDB, file on \(base))"
        return [
            Row(section: section, what: "open + loadMarks() of \(loaded) marks", figure: Unit.ms.format(load.median),
                spread: load.spread(.ms), target: "< 100 ms", verdict: Target(limit: 0.1, text: "").verdict(load.median)),
            Row(section: section, what: "of which loadMarks() alone", figure: Unit.ms.format(marksOnly.median),
                spread: marksOnly.spread(.ms)),
            Row(section: section, what: "setStarred returns (async write), p50 / p99",
                figure: "p50 \(Unit.ms.format(returns.median)), p99 \(Unit.ms.format(returns.percentile(99)))",
                spread: "max \(Unit.ms.format(returns.max)) (n=\(returns.values.count))",
                baseline: String(format: "all %d written + flushed in %.1f s", marks, fill),
                target: "p99 < 1 ms (never waits on disk)", verdict: Target(limit: 0.001, text: "").verdict(returns.percentile(99))),
        ]
    }
}
