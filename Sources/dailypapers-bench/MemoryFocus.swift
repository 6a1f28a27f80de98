import DailyPapersCore
import Foundation

/// `--focus memory`: where the resident memory of a load goes, so that a cut is aimed at
/// what is large. A thread samples the resident size every 2 ms and keeps the highest per
/// phase of the load (a transient peak can bind before the end does); then the catalog's
/// parts are listed, largest first.
final class PhasePeaks: @unchecked Sendable {
    private let lock = NSLock()
    private var phase = "start"
    private var order: [String] = []
    private var peaks: [String: Int] = [:]
    private var running = true

    init() {
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) {
                let resident = ProcessMemory.residentBytes
                lock.withLock {
                    if peaks[phase] == nil { order.append(phase) }
                    peaks[phase] = max(peaks[phase] ?? 0, resident)
                }
                usleep(2000)
            }
        }
    }

    func enter(_ name: String) { lock.withLock { phase = name } }

    /// Stops sampling; the highest resident size seen in each phase, in the order entered.
    func finish() -> [(phase: String, bytes: Int)] {
        lock.withLock {
            running = false
            return order.map { ($0, peaks[$0]!) }
        }
    }

    static func report(_ catalog: Catalog, peaks: PhasePeaks, corpusBytes: Int) {
        for (phase, bytes) in peaks.finish() { print("  highest resident during \(phase): \(megabytes(bytes))") }
        let parts = catalog.footprint
        for (part, bytes) in parts.sorted(by: { $0.bytes > $1.bytes }) {
            print(String(format: "  %8.1f MB  %@", Double(bytes) / 1e6, part))
        }
        print(String(format: "  %8.1f MB  counted; resident now %@, the corpus %@",
                     Double(parts.reduce(0) { $0 + $1.bytes }) / 1e6,
                     megabytes(ProcessMemory.residentBytes), megabytes(corpusBytes)))
    }
}
