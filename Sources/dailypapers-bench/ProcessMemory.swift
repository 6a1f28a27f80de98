import Foundation

/// The process's memory as the kernel counts it (Linux `/proc/self/status`).
enum ProcessMemory {
    /// The high-water mark of the resident set: the process's peak, never lowered.
    static var peakBytes: Int { field("VmHWM:") }
    /// The resident set now.
    static var residentBytes: Int { field("VmRSS:") }

    /// Another process's high-water mark (a child's, after its exec: not the parent's).
    static func peakBytes(of pid: Int32) -> Int { field("VmHWM:", in: "/proc/\(pid)/status") }

    private static func field(_ name: String, in path: String = "/proc/self/status") -> Int {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let kb = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
            return kb * 1024
        }
        return 0
    }
}

func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1e6) }
