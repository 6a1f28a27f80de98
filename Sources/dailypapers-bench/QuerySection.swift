import DailyPapersCore

/// The queries, each parsed and run as the reader runs it (votes order), p50 and
/// p99, beside the plain single-threaded scan of the same run.
struct QuerySection {
    static let queries = [
        "diffusion", "모델", "author:chen", "votes:>=50 day:2024-04", "\"state space\"", "ㅁㄷ",
        "-diffusion video", "transformer 모델 성능",
    ]

    let catalog: Catalog
    let reps: Int
    let baselineReps: Int
    let targets: Targets

    func run(log: (String) -> Void) -> [Row] {
        let (prepare, plain) = Clock.time { PlainScan(catalog.papers) }
        log(String(format: "  plain scan prepared in %.2f s", prepare))
        var rows: [Row] = []
        let section = "queries (parse + search + sort by votes; p99 is the slowest of n when n < 100)"
        for text in Self.queries {
            var samples = Samples()
            var hits = 0
            for rep in 0...reps {
                let (t, result) = Clock.time { () -> [Hit] in
                    let query = try! QueryParser.parse(text)
                    return catalog.search(query, order: .votes)
                }
                if rep > 0 { samples.add(t) } // the first run warms caches
                hits = result.count
            }
            var base = Samples()
            var baseHits = 0
            let query = try! QueryParser.parse(text)
            for _ in 0..<baselineReps {
                let (t, result) = Clock.time { plain.run(query) }
                base.add(t)
                baseHits = result.count
            }
            let p99 = samples.percentile(99)
            let agree = hits == baseHits ? "" : " ≠ \(baseHits) by plain scan!"
            rows.append(Row(section: section, what: "`\(text)` (\(hits) hits\(agree))",
                            figure: "p50 \(Unit.ms.format(samples.median)), p99 \(Unit.ms.format(p99))",
                            spread: samples.spread(.ms),
                            baseline: "plain \(Unit.ms.format(base.median)) = " + String(format: "%.1f×", base.median / samples.median),
                            target: "p99 < \(Unit.ms.format(targets.frame))",
                            verdict: Target(limit: targets.frame, text: "").verdict(p99)))
            log("  \(text): p50 \(Unit.ms.format(samples.median)), plain \(Unit.ms.format(base.median))")
        }
        return rows
    }
}
