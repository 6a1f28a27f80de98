import Foundation

/// The machine a run came from, printed above the figures.
enum Machine {
    static var description: String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        return String(format: "%d cores (%@), %.1f GiB memory, load average %@",
                      ProcessInfo.processInfo.activeProcessorCount, cpu, memory, loadAverage)
    }

    static var loadAverage: String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?")
            .split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// CPU time the hypervisor gave to other machines ("steal", from /proc/stat) between two
/// readings, as a share of all CPU time: on a shared virtual machine, the figure that says
/// a run was slowed by its neighbours rather than by the code.
struct StealClock {
    private let start: (steal: Double, total: Double)?

    init() { start = Self.read() }

    /// The share since `init`, or nil where /proc/stat cannot be read.
    var share: Double? {
        guard let a = start, let b = Self.read(), b.total > a.total else { return nil }
        return (b.steal - a.steal) / (b.total - a.total)
    }

    private static func read() -> (steal: Double, total: Double)? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") }) else { return nil }
        // user nice system idle iowait irq softirq steal …
        let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard fields.count >= 8 else { return nil }
        return (fields[7], fields.prefix(8).reduce(0, +))
    }
}
