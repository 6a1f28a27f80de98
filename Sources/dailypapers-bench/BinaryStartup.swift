import Foundation

/// The real `dailypapers` binary: the reader on a pseudo-terminal to its first screen of
/// papers, and `dailypapers list PATH --limit 1` (every paper loaded, indexed, searched,
/// one row printed) from process start to exit.
struct BinaryStartup {
    let corpus: String
    let runs: Int
    let targets: Targets
    /// Papers the corpus holds (the reader's count once loaded) and its bytes.
    let papers: Int
    let corpusBytes: Int

    /// The binary built beside this one (same build folder and configuration).
    static var binary: String? {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = (me as NSString).deletingLastPathComponent + "/dailypapers"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    func run() -> [Row] {
        let section = "start-up to the first full screen"
        guard let binary = Self.binary else {
            return [Row(section: section, what: "real binary: `dailypapers list PATH --limit 1`",
                        figure: "not measured: build the dailypapers product in the same folder")]
        }
        var reader = Samples()
        var failure: String?
        for _ in 0..<runs {
            do { reader.add(try ReaderStartup(binary: binary, corpus: corpus).measure()) } catch { failure = "\(error)"; break }
        }
        var rows: [Row] = []
        if let failure, reader.values.isEmpty {
            rows.append(Row(section: section, what: "real reader on a pty: spawn to the first screen of papers",
                            figure: "not measured: \(failure)", verdict: "MISS"))
        } else {
            rows.append(Row(section: section, what: "real reader on a pty: spawn to the first screen of papers",
                            figure: Unit.s.format(reader.median), spread: reader.spread(.s),
                            target: "< " + Unit.s.format(targets.startup), verdict: Target(limit: targets.startup, text: "").verdict(reader.median)))
        }
        // The process a user runs, its libraries included (ncurses, SQLite, curl: about
        // 31 MB before any paper, against the bench's 22): the in-process peak above is
        // the catalog's, this one the program's. Its cache then serves the next starts.
        let cache = NSTemporaryDirectory() + "dailypapers-bench-reader-cache-\(getpid())"
        try? FileManager.default.removeItem(atPath: cache)
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let startup = ReaderStartup(binary: binary, corpus: corpus)
        let peakWhat = "real reader on a pty, first start: peak RSS once every paper is shown, the common words learnt and the index cache written (VmHWM)"
        let reloadWhat = "the same reader, then `r` (every paper read again, from that cache): its peak RSS once they are listed again (VmHWM)"
        do {
            let peaks = try startup.peaksOfFirstStartAndReload(total: papers, cache: cache)
            for (what, peak) in [(peakWhat, peaks.firstStart), (reloadWhat, peaks.reload)] {
                let ratio = Double(peak) / Double(corpusBytes)
                rows.append(Row(section: section, what: what, figure: "\(megabytes(peak)) = " + String(format: "%.2f×", ratio) + " corpus",
                                baseline: "corpus \(megabytes(corpusBytes))", target: "< 2× corpus",
                                verdict: Target(limit: 2, text: "").verdict(ratio)))
            }
            var fromCache = Samples()
            for _ in 0..<runs { fromCache.add(try startup.allFromCache(total: papers, cache: cache)) }
            rows.append(Row(section: section, what: "real reader on a pty, index cache current: spawn to every paper listed",
                            figure: Unit.s.format(fromCache.median), spread: fromCache.spread(.s)))
        } catch {
            rows.append(Row(section: section, what: peakWhat, figure: "not measured: \(error)", verdict: "MISS"))
        }
        var samples = Samples()
        for _ in 0..<runs {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["list", corpus, "--limit", "1"]
            // Every digest read and indexed; the index cache is timed in `CacheSection`.
            var environment = ProcessInfo.processInfo.environment
            environment["DAILYPAPERS_CACHE"] = "off"
            p.environment = environment
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let start = Clock.now()
            do { try p.run() } catch { break }
            p.waitUntilExit()
            samples.add(Clock.now() - start)
        }
        rows.append(Row(section: section, what: "real binary, every paper: `dailypapers list PATH --limit 1`, start to exit (no index cache)",
                        figure: Unit.s.format(samples.median), spread: samples.spread(.s)))
        return rows
    }
}
