import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The least any loader must do: find the files, read every byte and look at each one
/// (count the newlines). Measured over the same files, in the same run, as the load.
enum ReadFloor {
    struct Result { let files: Int; let bytes: Int; let newlines: Int }

    /// On `threads` threads (the loader uses every core, so the fair floor does too).
    static func run(_ root: String, parallel: Bool) -> Result {
        let files = walk(root)
        let bytes = Counter(), lines = Counter()
        let work: (Int) -> Void = { i in
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            let (b, n) = readCounting(files[i], &buffer)
            bytes.add(b); lines.add(n)
        }
        if parallel {
            // Chunks of files, one buffer each, as few threads as there are cores.
            let chunks = ProcessInfo.processInfo.activeProcessorCount * 4
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var buffer = [UInt8](repeating: 0, count: 1 << 20)
                var b = 0, n = 0
                var i = c
                while i < files.count {
                    let (fb, fn) = readCounting(files[i], &buffer)
                    b += fb; n += fn
                    i += chunks
                }
                bytes.add(b); lines.add(n)
            }
        } else {
            for i in files.indices { work(i) }
        }
        return Result(files: files.count, bytes: bytes.value, newlines: lines.value)
    }

    private static func readCounting(_ path: String, _ buffer: inout [UInt8]) -> (Int, Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return (0, 0) }
        defer { close(fd) }
        var total = 0, newlines = 0
        buffer.withUnsafeMutableBytes { raw in
            let base = raw.baseAddress!
            while true {
                let n = read(fd, base, raw.count)
                if n <= 0 { break }
                total += n
                var p = UnsafeRawPointer(base)
                var left = n
                while left > 0, let hit = memchr(p, 0x0A, left) {
                    newlines += 1
                    let next = UnsafeRawPointer(hit) + 1
                    left -= next - p
                    p = next
                }
            }
        }
        return (total, newlines)
    }

    /// Regular files under `root` in name order, hidden entries skipped, as the loader walks.
    static func walk(_ root: String) -> [String] {
        var out: [String] = []
        func visit(_ dir: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = dir + "/" + name
                var st = stat()
                guard stat(path, &st) == 0 else { continue }
                if st.st_mode & S_IFMT == S_IFDIR { visit(path) } else if st.st_mode & S_IFMT == S_IFREG { out.append(path) }
            }
        }
        visit(root)
        return out
    }
}
