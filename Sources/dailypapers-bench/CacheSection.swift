import DailyPapersCore
import Foundation

/// The index cache: the first start that writes it, and the starts after it, which read it
/// back instead of every digest (in process, and the real binary with its peak memory).
struct CacheSection {
    let corpus: String
    let info: CorpusCache.Info
    /// The catalog the loads above built, to compare with the one read back.
    let built: Catalog
    /// Starts in this process, and of the real binary.
    let runs: Int, binaryRuns: Int
    let targets: Targets

    func run(log: (String) -> Void) -> [Row] {
        let dir = NSTemporaryDirectory() + "dailypapers-bench-index-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = CatalogCache(directory: dir)
        let section = "index cache (every digest unchanged since the last start)"
        var rows: [Row] = []

        // The allocator set as the reader sets it while it loads (`BackgroundLoad`).
        FreedMemory.forBuilding()
        let t0 = Clock.now()
        var first: CatalogLoad? = Loader.catalog([corpus], cache: cache)
        let t1 = Clock.now()
        first!.catalog.indexCommonWords()
        let t2 = Clock.now()
        let problem = first!.keep()
        let t3 = Clock.now()
        FreedMemory.forSearching()
        first = nil
        let fileBytes = (try? FileManager.default.contentsOfDirectory(atPath: dir))?
            .compactMap { try? FileManager.default.attributesOfItem(atPath: dir + "/" + $0)[.size] as? Int }.reduce(0, +) ?? 0
        log(String(format: "  cache: first start %.3f s + common words %.3f s + write %.3f s (%@)", t1 - t0, t2 - t1, t3 - t2,
                   megabytes(fileBytes)))
        if let problem {
            return [Row(section: section, what: "writing the index cache", figure: "failed: \(problem)", verdict: "MISS")]
        }
        rows.append(Row(section: section, what: "first start: writing the cache, after load + index + common words",
                        figure: Unit.s.format(t3 - t2), baseline: "file " + megabytes(fileBytes) + String(format: " = %.2f× corpus", Double(fileBytes) / Double(info.bytes))))

        var warm = Samples(), floor = Samples()
        var allFromCache = true
        var last: Catalog?
        for run in 0..<runs {
            last = nil
            floor.add(Clock.time { ReadFloor.run(corpus, parallel: true) }.seconds)
            FreedMemory.forBuilding()
            let (seconds, load) = Clock.time { Loader.catalog([corpus], cache: cache) }
            FreedMemory.forSearching()
            last = load.catalog
            allFromCache = allFromCache && load.fromCache && load.catalog.hasCommonWords
            warm.add(seconds)
            log(String(format: "  run %d: floor %.3f s, start from the cache %.3f s%@", run + 1, floor.values.last!, seconds,
                       load.fromCache ? "" : " (NOT from the cache: \(load.cacheProblem ?? "stale"))"))
        }
        let what = "start from the cache: find files, check them, read every paper and index (with common words)"
        rows.append(Row(section: section, what: allFromCache ? what : what + " — SOME RUNS MISSED THE CACHE",
                        figure: Unit.s.format(warm.median), spread: warm.spread(.s),
                        baseline: "floor " + Unit.s.format(floor.median),
                        target: targets.load.map { "< " + Unit.s.format($0) } ?? "",
                        verdict: !allFromCache ? "MISS" : targets.load.map { Target(limit: $0, text: "").verdict(warm.median) } ?? ""))
        let ratio = warm.median / floor.median
        rows.append(Row(section: section, what: "start from the cache ÷ floor", figure: String(format: "%.1f×", ratio),
                        target: String(format: "≤ %.0f×", targets.loadRatio),
                        verdict: Target(limit: targets.loadRatio, text: "").verdict(ratio)))
        if let last { rows += compare(last, section: section) }
        rows += binary(cache: dir, section: section)
        return rows
    }

    /// The queries of `QuerySection` on the built catalog and on the one read back (its
    /// large arrays mapped from the file), alternating: their answers must be the same,
    /// and their times alike.
    private func compare(_ cached: Catalog, section: String) -> [Row] {
        var builtTotal = 0.0, cachedTotal = 0.0
        var same = true
        for text in QuerySection.queries {
            let query = try! QueryParser.parse(text)
            same = same && built.search(query, order: .votes) == cached.search(query, order: .votes)
                && built.search(query, order: .relevance) == cached.search(query, order: .relevance)
            var a = Samples(), b = Samples()
            for _ in 0..<10 {
                a.add(Clock.time { built.search(query, order: .votes) }.seconds)
                b.add(Clock.time { cached.search(query, order: .votes) }.seconds)
            }
            builtTotal += a.median
            cachedTotal += b.median
        }
        return [
            Row(section: section, what: "the \(QuerySection.queries.count) queries below, on the catalog from the cache: answers (by votes and by relevance)",
                figure: same ? "the same as the built catalog's" : "DIFFERENT from the built catalog's", verdict: same ? "" : "MISS"),
            Row(section: section, what: "their p50s summed, from the cache (arrays mapped from the file)",
                figure: Unit.ms.format(cachedTotal), baseline: "built " + Unit.ms.format(builtTotal)),
        ]
    }

    /// `dailypapers list PATH --limit 1` reading the cache: start to exit, and its peak RSS.
    private func binary(cache: String, section: String) -> [Row] {
        guard let binary = BinaryStartup.binary else {
            return [Row(section: section, what: "real binary from the cache", figure: "not measured: build the dailypapers product in the same folder")]
        }
        var environment = ProcessInfo.processInfo.environment
        environment["DAILYPAPERS_CACHE"] = cache
        // The binary keeps a cache of its own (a cache is for the build that wrote it): a
        // first run, not timed, writes it.
        guard ChildRun(binary, ["list", corpus, "--limit", "1"], environment: environment)?.status == 0 else {
            return [Row(section: section, what: "real binary from the cache", figure: "failed to run", verdict: "MISS")]
        }
        var time = Samples(), peaks: [Int] = []
        for _ in 0..<binaryRuns {
            guard let run = ChildRun(binary, ["list", corpus, "--limit", "1"], environment: environment), run.status == 0 else {
                return [Row(section: section, what: "real binary from the cache", figure: "failed to run", verdict: "MISS")]
            }
            time.add(run.seconds)
            peaks.append(run.peakBytes)
        }
        let peak = peaks.sorted()[peaks.count / 2]
        let ratio = Double(peak) / Double(info.bytes)
        // The same command on a folder without digests: what the process costs with no papers.
        let empty = NSTemporaryDirectory() + "dailypapers-bench-empty-\(getpid())"
        try? FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let bare = ChildRun(binary, ["list", empty, "--limit", "1"], environment: environment)
        let bareText = bare.map { "; \(megabytes($0.peakBytes)) with no papers" } ?? ""
        return [
            Row(section: section, what: "real binary from the cache: `dailypapers list PATH --limit 1`, start to exit",
                figure: Unit.s.format(time.median), spread: time.spread(.s)),
            Row(section: section, what: "peak RSS of that process (ru_maxrss; median of \(binaryRuns))",
                figure: "\(megabytes(peak)) = " + String(format: "%.2f×", ratio) + " corpus",
                baseline: "corpus \(megabytes(info.bytes))" + bareText, target: "< 2× corpus",
                verdict: Target(limit: 2, text: "").verdict(ratio)),
        ]
    }
}

/// A child process run to its end: wall time, exit status and peak resident memory.
///
/// Its peak is measured by a helper (this program, `--peak-of`) that spawns it: a process
/// spawned from this large one starts out sharing its memory (vfork) and inherits its
/// high-water mark, so that `ru_maxrss` would be this process's peak, not the child's.
struct ChildRun {
    let seconds: Double
    let status: Int32
    let peakBytes: Int

    init?(_ binary: String, _ arguments: [String], environment: [String: String]) {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let out = NSTemporaryDirectory() + "dailypapers-bench-peak-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: out) }
        guard let helper = Self.spawn(me, ["--peak-of", binary] + arguments, environment: environment, stdout: out),
              helper.status == 0, let text = try? String(contentsOfFile: out, encoding: .utf8) else { return nil }
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 3, let s = Double(parts[0]), let st = Int32(parts[1]), let peak = Int(parts[2]) else { return nil }
        seconds = s; status = st; peakBytes = peak
    }

    /// In the helper: runs the command, prints `seconds status peakBytes`.
    static func helper(_ command: [String]) -> Never {
        guard let run = spawn(command[0], Array(command.dropFirst()), environment: ProcessInfo.processInfo.environment,
                              stdout: "/dev/null") else { exit(1) }
        print(String(format: "%.6f", run.seconds), run.status, run.peakBytes)
        exit(0)
    }

    private init(seconds: Double, status: Int32, peakBytes: Int) {
        self.seconds = seconds; self.status = status; self.peakBytes = peakBytes
    }

    private static func spawn(_ binary: String, _ arguments: [String], environment: [String: String], stdout: String) -> ChildRun? {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        let start = Clock.now()
        guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        return ChildRun(seconds: Clock.now() - start, status: (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1,
                        peakBytes: Int(usage.ru_maxrss) * 1024)
    }
}
