import DailyPapersCore
import DailyPapersReader
import Foundation

/// Load + index against the read-only floor, peak memory, and start-up to the first
/// screen, all over the same files in this one process. The load is the reader's: the
/// newest digests first (a screen of papers drawn from them), then every file.
struct LoadSection {
    let corpus: String
    let info: CorpusCache.Info
    let runs: Int
    let targets: Targets

    /// Returns the rows and the catalog of the last run, kept for the other sections.
    func run(log: (String) -> Void) -> ([Row], Catalog) {
        // What this process holds before any paper: the runtime's share of the peak below.
        let before = ProcessMemory.peakBytes
        // Warms the page cache so that floor and load both read from memory.
        _ = ReadFloor.run(corpus, parallel: true)
        var load = Samples(), index = Samples(), both = Samples(), startup = Samples(), everything = Samples()
        var words = Samples(), withWords = Samples()
        var floor = Samples(), floorSingle = Samples()
        var peak = 0, retained = 0
        var kept: Catalog?
        var papers = 0, problems = 0
        for run in 0..<runs {
            kept = nil
            floor.add(Clock.time { ReadFloor.run(corpus, parallel: true) }.seconds)
            if run == 0 { floorSingle.add(Clock.time { ReadFloor.run(corpus, parallel: false) }.seconds) }
            // The reader's load: the newest digests first, shown at once, then the rest.
            var firstScreen = 0.0
            // The allocator set as the reader sets it while it loads (`BackgroundLoad`).
            FreedMemory.forBuilding()
            let t0 = Clock.now()
            var library: Library? = Loader.load([corpus], firstBytes: Loader.firstScreenBytes) { step in
                guard case let .first(newest) = step else { return }
                keep(Screen.render(ReaderState(catalog: Catalog(newest), width: 120, height: 40)))
                firstScreen = Clock.now() - t0
            }
            let t1 = Clock.now()
            // Handed over, so that the catalog frees the library's copy of the text.
            let catalog = Catalog(library.take()!)
            let t2 = Clock.now()
            let state = ReaderState(catalog: catalog, width: 120, height: 40)
            let frame = Screen.render(state)
            let t3 = Clock.now()
            keep(frame)
            // What the reader does next, in the background with the papers on screen.
            catalog.indexCommonWords()
            let t4 = Clock.now()
            FreedMemory.forSearching()
            load.add(t1 - t0); index.add(t2 - t1); both.add(t2 - t0); startup.add(firstScreen); everything.add(t3 - t0)
            words.add(t4 - t3); withWords.add(t2 - t0 + t4 - t3)
            if run == 0 {
                // The first load in a fresh process: its high-water mark is this size's peak.
                peak = ProcessMemory.peakBytes
                retained = ProcessMemory.residentBytes
                papers = catalog.papers.count
                problems = catalog.library.problems.count
            }
            log(String(format: "  run %d: floor %.3f s, load %.3f s, index %.3f s, common words %.3f s", run + 1, floor.values.last!,
                       t1 - t0, t2 - t1, t4 - t3))
            kept = catalog
        }
        let mb = Double(info.bytes) / 1e6
        let ratio = both.median / floor.median
        var rows: [Row] = []
        let s = "load + index (\(info.files) files, \(String(format: "%.0f", mb)) MB, \(info.headings) headings → \(papers) papers, \(problems) problems reported)"
        rows.append(Row(section: s, what: "read-only floor (read every byte + count newlines, all cores)",
                        figure: Unit.s.format(floor.median), spread: floor.spread(.s)))
        rows.append(Row(section: s, what: "read-only floor, one thread (for comparison)",
                        figure: Unit.s.format(floorSingle.median), spread: floorSingle.spread(.s)))
        rows.append(Row(section: s, what: "load (find, read, parse, merge)", figure: Unit.s.format(load.median), spread: load.spread(.s)))
        rows.append(Row(section: s, what: "index (fold text, initials, title ranks)", figure: Unit.s.format(index.median), spread: index.spread(.s)))
        rows.append(Row(section: s, what: "load + index (every search answered; the reader shows the papers)", figure: Unit.s.format(both.median), spread: both.spread(.s),
                        baseline: "floor " + Unit.s.format(floor.median),
                        target: targets.load.map { "< " + Unit.s.format($0) } ?? "",
                        verdict: targets.load.map { Target(limit: $0, text: "").verdict(both.median) } ?? ""))
        rows.append(Row(section: s, what: "then common words, in the reader's background (queries below use them)",
                        figure: Unit.s.format(words.median), spread: words.spread(.s)))
        rows.append(Row(section: s, what: "load + index + common words", figure: Unit.s.format(withWords.median),
                        spread: withWords.spread(.s), target: targets.load.map { "< " + Unit.s.format($0) } ?? "",
                        verdict: targets.load.map { Target(limit: $0, text: "").verdict(withWords.median) } ?? ""))
        rows.append(Row(section: s, what: "load + index ÷ floor", figure: String(format: "%.1f×", ratio),
                        target: String(format: "≤ %.0f×", targets.loadRatio),
                        verdict: Target(limit: targets.loadRatio, text: "").verdict(ratio)))
        rows.append(Row(section: s, what: "throughput", figure: String(format: "%.0f MB/s, %.0f papers/s", mb / both.median, Double(papers) / both.median),
                        baseline: String(format: "floor %.0f MB/s", mb / floor.median)))
        let peakRatio = Double(peak) / Double(info.bytes)
        rows.append(Row(section: s, what: "peak RSS after the first load + index + common words (VmHWM, fresh process)",
                        figure: "\(megabytes(peak)) = " + String(format: "%.2f×", peakRatio) + " corpus",
                        baseline: "corpus \(megabytes(info.bytes)); \(megabytes(before)) before loading", target: "< 2× corpus",
                        verdict: Target(limit: 2, text: "").verdict(peakRatio)))
        rows.append(Row(section: s, what: "resident after load + index (VmRSS)", figure: megabytes(retained)))
        let st = "start-up to the first full screen"
        rows.append(Row(section: st, what: "in process: newest digests (1 MB) read + indexed + first Screen.render (120×40)",
                        figure: Unit.s.format(startup.median), spread: startup.spread(.s),
                        target: "< " + Unit.s.format(targets.startup), verdict: Target(limit: targets.startup, text: "").verdict(startup.median)))
        rows.append(Row(section: st, what: "in process: every paper loaded + indexed + a frame (the load's end)",
                        figure: Unit.s.format(everything.median), spread: everything.spread(.s)))
        return (rows, kept!)
    }
}
