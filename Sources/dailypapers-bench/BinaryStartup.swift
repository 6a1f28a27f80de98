import Foundation

/// The real `dailypapers` binary from process start to exit, as a proxy for the reader's
/// first screen: `dailypapers list PATH --limit 1` loads, indexes, searches and prints one
/// row. (The reader itself needs a terminal; its in-process figure is measured too.)
struct BinaryStartup {
    let corpus: String
    let runs: Int
    let targets: Targets

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
        var samples = Samples()
        for _ in 0..<runs {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["list", corpus, "--limit", "1"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let start = Clock.now()
            do { try p.run() } catch { break }
            p.waitUntilExit()
            samples.add(Clock.now() - start)
        }
        return [Row(section: section, what: "real binary, process start to exit: `dailypapers list PATH --limit 1` (proxy)",
                    figure: Unit.s.format(samples.median), spread: samples.spread(.s),
                    target: "< " + Unit.s.format(targets.startup), verdict: Target(limit: targets.startup, text: "").verdict(samples.median))]
    }
}
