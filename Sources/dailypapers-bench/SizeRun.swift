import Foundation

/// Everything measured for one corpus size, run in a child process of its own so that its
/// peak memory is its own.
enum SizeRun {
    /// In the child: measure and write the rows as JSON.
    static func measure(_ o: Options, papers: Int) {
        let cache = CorpusCache(root: o.corpusDir)
        let (corpus, info) = cache.ensure(seed: o.seed, headings: papers, log: log)
        let reps = Repetitions(papers: papers, quick: o.quick)
        let steal = StealClock()
        let targets = Target.table(papers: papers)
        log("measuring \(papers) papers …")
        var rows: [Row] = []
        do {
            let (loadRows, catalog) = LoadSection(corpus: corpus, info: info, runs: reps.loads, targets: targets).run(log: log)
            rows += loadRows
            rows += BinaryStartup(corpus: corpus, runs: reps.binary, targets: targets,
                                  papers: catalog.papers.count, corpusBytes: info.bytes).run()
            rows += CacheSection(corpus: corpus, info: info, built: catalog, runs: reps.loads, binaryRuns: reps.binary,
                                 targets: targets).run(log: log)
            rows += QuerySection(catalog: catalog, reps: reps.queries, baselineReps: reps.plainScans, targets: targets).run(log: log)
            rows += ReaderSection(catalog: catalog, reps: reps.reader, targets: targets).run(log: log)
        }
        // With every catalog let go, as a starting reader holds none (a catalog of 1M
        // papers held beside made the cold index 20 % slower).
        if reps.cold > 0 {
            rows += ColdStart.run(corpus: corpus, runs: reps.cold, targets: targets,
                                  section: "cold starts (nothing in the page cache, as after a boot)", log: log)
        }
        if o.withStore { rows += StoreSection(runs: reps.store).run(log: log) }
        rows.append(Row(section: "process", what: "peak RSS of the whole measuring process (incl. plain-scan copies)",
                        figure: megabytes(ProcessMemory.peakBytes)))
        rows.append(Row(section: "process", what: "CPU time stolen by the hypervisor during this size's run (/proc/stat)",
                        figure: steal.share.map { String(format: "%.1f %%", $0 * 100) } ?? "unknown"))
        guard let file = o.resultFile else { Report.print("\(papers) papers", rows); return }
        do { try JSONEncoder().encode(rows).write(to: URL(fileURLWithPath: file)) } catch { fail("cannot write \(file): \(error)") }
    }

    /// In the parent: run the child for one size and collect its rows.
    static func spawn(_ o: Options, papers: Int, withStore: Bool) -> [Row] {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let file = NSTemporaryDirectory() + "/dailypapers-bench-\(getpid())-\(papers).json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        var args = ["--child", String(papers), "--result-file", file, "--corpus-dir", o.corpusDir, "--seed", String(o.seed)]
        if o.quick { args.append("--quick") }
        if withStore { args.append("--with-store") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: me)
        p.arguments = args
        do { try p.run() } catch { fail("cannot start \(me): \(error)") }
        p.waitUntilExit()
        guard p.terminationStatus == 0, let data = FileManager.default.contents(atPath: file),
              let rows = try? JSONDecoder().decode([Row].self, from: data) else {
            return [Row(section: "failed", what: "the measuring process for \(papers) papers", figure: "exit \(p.terminationStatus)", verdict: "MISS")]
        }
        return rows
    }
}
