import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file with POSIX calls: one allocation, no `Data` bridging.
enum FileBytes {
    struct Failure: Error { let message: String }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever; it is
        // rejected below as not a regular file, and regular files ignore the flag.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(message: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(message: "cannot stat: \(String(cString: strerror(errno)))") }
        guard st.st_mode & S_IFMT == S_IFREG else { throw Failure(message: "not a regular file") }
        var bytes = [UInt8]()
        var capacity = max(Int(st.st_size), 0) + 1
        bytes.reserveCapacity(capacity)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        // The size may change while we read (a digest being written): read to EOF.
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            if bytes.count + n > capacity { capacity *= 2; bytes.reserveCapacity(capacity) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
