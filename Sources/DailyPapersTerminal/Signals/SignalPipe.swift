import CNcursesw
import Glibc

/// SIGINT, SIGTERM, SIGHUP and SIGWINCH as bytes on a pipe that the run loop polls.
struct SignalPipe {
    let readFD: Int32

    /// Creates the pipe and installs the handlers (in the C shim: they only write a byte).
    static func install() -> SignalPipe? {
        var fds: [Int32] = [0, 0]
        guard dp_pipe(&fds, 1) == 0 else { return nil }
        guard dp_install_signal_pipe(fds[1]) == 0 else { return nil }
        return SignalPipe(readFD: fds[0])
    }

    /// The signals that arrived since the last call.
    func drain() -> [Int32] {
        var out: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(readFD, &buffer, buffer.count)
            if n <= 0 { break }
            out += buffer[0..<n].map { Int32($0) }
        }
        return out
    }
}
