import DailyPapersCore
import DailyPapersReader

/// What the reader does with every paper loaded: typing a query one key at a time,
/// re-sorting, and drawing one frame.
struct ReaderSection {
    let catalog: Catalog
    let reps: Int
    let targets: Targets
    static let typed = "diffusion model"
    static let width = 120, height = 40

    func run(log: (String) -> Void) -> [Row] {
        let start = ReaderState(catalog: catalog, width: Self.width, height: Self.height)
        var rows: [Row] = []
        let target = "< \(Unit.ms.format(targets.frame))"
        func verdict(_ v: Double) -> String { Target(limit: targets.frame, text: "").verdict(v) }

        // Typing: `/` then each key; a keystroke is the reducer's work (parse, search, sort,
        // reselect) plus drawing the frame that shows it.
        var keys = Samples(), reduceOnly = Samples()
        var slowestPrefix = ("", 0.0)
        for _ in 0..<max(2, reps / 3) {
            var state = start
            _ = state.handle(.key(.char("/")))
            var prefix = ""
            for c in Self.typed {
                prefix.append(c)
                let t0 = Clock.now()
                _ = state.handle(.key(.char(c)))
                let t1 = Clock.now()
                keep(Screen.render(state))
                let t2 = Clock.now()
                keys.add(t2 - t0); reduceOnly.add(t1 - t0)
                if t2 - t0 > slowestPrefix.1 { slowestPrefix = (prefix, t2 - t0) }
            }
        }
        let ts = "typing `\(Self.typed)` one key at a time (\(Self.typed.count) keystrokes × runs; each search starts from the one before)"
        rows.append(Row(section: ts, what: "keystroke: reducer + frame, p99 (slowest at `\(slowestPrefix.0)`)",
                        figure: "p50 \(Unit.ms.format(keys.median)), p99 \(Unit.ms.format(keys.percentile(99)))",
                        spread: keys.spread(.ms), target: "p99 " + target, verdict: verdict(keys.percentile(99))))
        rows.append(Row(section: ts, what: "keystroke: reducer only (parse + search + sort)",
                        figure: "p50 \(Unit.ms.format(reduceOnly.median)), p99 \(Unit.ms.format(reduceOnly.percentile(99)))",
                        spread: reduceOnly.spread(.ms)))

        // As the terminal runs it: the search goes to another thread, so what a key costs
        // the screen is the reducer without the search, and a frame.
        var echo = Samples()
        for _ in 0..<max(2, reps / 3) {
            var state = start
            state.searchesInBackground = true
            _ = state.handle(.key(.char("/")))
            for c in Self.typed {
                echo.add(Clock.time {
                    _ = state.handle(.key(.char(c)))
                    keep(state.takeSearch())
                    keep(Screen.render(state))
                }.seconds)
            }
        }
        rows.append(Row(section: ts, what: "keystroke to its echo, search on another thread (the terminal's way)",
                        figure: "p50 \(Unit.ms.format(echo.median)), p99 \(Unit.ms.format(echo.percentile(99)))",
                        spread: echo.spread(.ms)))

        // Re-sorting every paper: the `s` key (search again + sort), and the sort alone.
        let ss = "re-sort and render, all \(catalog.papers.count) papers listed"
        let all = catalog.search(Query(), order: .votes)
        for order in [SortOrder.votes, .day, .title] {
            var samples = Samples()
            for _ in 0..<reps {
                var copy = all
                samples.add(Clock.time { catalog.sort(&copy, by: order) }.seconds)
                keep(copy)
            }
            rows.append(Row(section: ss, what: "sort all hits by \(order.rawValue) (Catalog.sort)",
                            figure: "p50 \(Unit.ms.format(samples.median)), p99 \(Unit.ms.format(samples.percentile(99)))",
                            spread: samples.spread(.ms), target: "p99 " + target, verdict: verdict(samples.percentile(99))))
        }
        var cycle = Samples()
        var state = start
        for _ in 0..<reps {
            // `s` goes votes → day → title → votes: each press searches again and sorts.
            cycle.add(Clock.time { _ = state.handle(.key(.char("s"))) }.seconds)
        }
        rows.append(Row(section: ss, what: "`s` key: the reader's re-sort (search all + sort), p99",
                        figure: "p50 \(Unit.ms.format(cycle.median)), p99 \(Unit.ms.format(cycle.percentile(99)))",
                        spread: cycle.spread(.ms), target: "p99 " + target, verdict: verdict(cycle.percentile(99))))
        var frames = Samples()
        for _ in 0..<reps { frames.add(Clock.time { Screen.render(start) }.seconds) }
        rows.append(Row(section: ss, what: "one frame: Screen.render \(Self.width)×\(Self.height) (header, list, detail)",
                        figure: "p50 \(Unit.ms.format(frames.median)), p99 \(Unit.ms.format(frames.percentile(99)))",
                        spread: frames.spread(.ms), target: "p99 " + target, verdict: verdict(frames.percentile(99))))
        log("  typing p99 \(Unit.ms.format(keys.percentile(99))), frame \(Unit.ms.format(frames.median))")
        return rows
    }
}
