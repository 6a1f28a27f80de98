import DailyPapersCore
import DailyPapersReader
import Foundation

/// `--focus`: load one size's corpus a few times and run a few queries many times, printing
/// only those figures. For A/B comparisons and for `perf record` while changing the code;
/// the full run stays the record.
enum FocusRun {
    static func run(_ o: Options, papers: Int, queries: [String]) {
        // `--focus store`: the state store's rows alone, no corpus.
        if queries == ["store"] {
            for row in StoreSection(runs: min(o.focusRepeats, 20)).run(log: log) {
                print("\(row.what): \(row.figure) (\(row.spread))")
            }
            return
        }
        let (corpus, info) = CorpusCache(root: o.corpusDir).ensure(seed: o.seed, headings: papers, log: log)
        if queries == ["cold"] {
            for row in ColdStart.run(corpus: corpus, runs: o.focusLoads, targets: Target.table(papers: papers), section: "cold", log: log) {
                print("\(row.what): \(row.figure) \(row.spread) \(row.verdict)")
            }
            return
        }
        _ = ReadFloor.run(corpus, parallel: true)
        let steal = StealClock()
        defer { print("CPU stolen by the hypervisor meanwhile: " + (steal.share.map { String(format: "%.1f %%", $0 * 100) } ?? "unknown")) }
        let peaks = queries == ["memory"] ? PhasePeaks() : nil
        var load = Samples(), index = Samples(), words = Samples()
        var loadCPU = Samples(), indexCPU = Samples(), wordsCPU = Samples()
        var catalog = Catalog.empty
        for _ in 0..<o.focusLoads {
            catalog = .empty
            peaks?.enter("load")
            FreedMemory.forBuilding()
            let c0 = ProcessCPU.seconds()
            var (tl, library) = Clock.time { Optional(Loader.load([corpus])) }
            peaks?.enter("index")
            let c1 = ProcessCPU.seconds()
            // Handed over, so that the catalog frees the library's copy of the text.
            let (ti, built) = Clock.time { Catalog(library.take()!) }
            peaks?.enter("common words")
            let c2 = ProcessCPU.seconds()
            let (tw, _) = Clock.time { built.indexCommonWords() }
            peaks?.enter("after")
            let c3 = ProcessCPU.seconds()
            FreedMemory.forSearching()
            load.add(tl); index.add(ti); words.add(tw)
            loadCPU.add(c1 - c0); indexCPU.add(c2 - c1); wordsCPU.add(c3 - c2)
            catalog = built
        }
        print("load \(Unit.s.format(load.median)) (\(load.spread(.s))), index \(Unit.s.format(index.median)) (\(index.spread(.s))), common words \(Unit.s.format(words.median)), peak \(megabytes(ProcessMemory.peakBytes))")
        // CPU time beside wall time: how many cores each phase kept busy.
        print("CPU: load \(Unit.s.format(loadCPU.median)), index \(Unit.s.format(indexCPU.median)), common words \(Unit.s.format(wordsCPU.median))")
        if let peaks {
            PhasePeaks.report(catalog, peaks: peaks, corpusBytes: info.bytes)
            catalog = .empty
            cacheWritePeak(corpus: corpus)
            return
        }
        for text in queries {
            if text == "frame" { frames(catalog: catalog, repeats: o.focusRepeats); continue }
            if text.hasPrefix("/") { typing(String(text.dropFirst()), catalog: catalog, repeats: o.focusRepeats); continue }
            // `~words`: the same, ordered by relevance (each hit's best field found).
            let order: DailyPapersCore.SortOrder = text.hasPrefix("~") ? .relevance : .votes
            let query = try! QueryParser.parse(order == .relevance ? String(text.dropFirst()) : text)
            var samples = Samples()
            var hits = 0
            for rep in 0...o.focusRepeats {
                let (t, result) = Clock.time { catalog.search(query, order: order) }
                if rep > 0 { samples.add(t) }
                hits = result.count
            }
            print("`\(text)` \(hits) hits: p50 \(Unit.ms.format(samples.median)), p99 \(Unit.ms.format(samples.percentile(99))), \(samples.spread(.ms))")
        }
    }

    /// The reader's first start to its end, as `BackgroundLoad` runs it: load and index,
    /// common words, then the index cache written (in a folder of its own, removed after),
    /// each phase's highest resident size printed. The reader's peak is at the end of this.
    static func cacheWritePeak(corpus: String) {
        let dir = NSTemporaryDirectory() + "dailypapers-bench-memory-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let peaks = PhasePeaks()
        peaks.enter("load + index, from the digests")
        FreedMemory.forBuilding()
        let load = Loader.catalog([corpus], cache: CatalogCache(directory: dir))
        peaks.enter("common words")
        load.catalog.indexCommonWords()
        peaks.enter("cache write")
        let problem = load.keep()
        peaks.enter("after")
        FreedMemory.forSearching()
        print("as the reader starts (the catalog above freed first)\(problem.map { "; cache not written: \($0)" } ?? ""):")
        for (phase, bytes) in peaks.finish() { print("  highest resident during \(phase): \(megabytes(bytes))") }
    }

    /// `frame`: one frame of the reader with every paper listed, as `ReaderSection` times it.
    static func frames(catalog: Catalog, repeats: Int) {
        let state = ReaderState(catalog: catalog, width: ReaderSection.width, height: ReaderSection.height)
        var samples = Samples()
        for _ in 0..<repeats { samples.add(Clock.time { keep(Screen.render(state)) }.seconds) }
        print("frame \(ReaderSection.width)×\(ReaderSection.height): p50 \(Unit.ms.format(samples.median)), p99 \(Unit.ms.format(samples.percentile(99)))")
    }

    /// `/text`: typed one key at a time into the reader's prompt, the search in the reducer
    /// (as `ReaderSection` times it), per prefix.
    static func typing(_ typed: String, catalog: Catalog, repeats: Int) {
        let start = ReaderState(catalog: catalog, width: ReaderSection.width, height: ReaderSection.height)
        var perPrefix = [Samples](repeating: Samples(), count: typed.count)
        var all = Samples()
        for _ in 0..<max(2, repeats / 10) {
            var state = start
            _ = state.handle(.key(.char("/")))
            for (k, c) in typed.enumerated() {
                let t = Clock.time { _ = state.handle(.key(.char(c))) }.seconds
                perPrefix[k].add(t); all.add(t)
            }
        }
        for (k, samples) in perPrefix.enumerated() {
            print("  `\(typed.prefix(k + 1))` p50 \(Unit.ms.format(samples.median)), max \(Unit.ms.format(samples.percentile(100)))")
        }
        print("typing `\(typed)`: keystroke p50 \(Unit.ms.format(all.median)), p99 \(Unit.ms.format(all.percentile(99)))")
    }
}
