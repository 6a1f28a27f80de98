import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 and a port the system picks, answering each request
/// target from a script: real sockets, so that the client's timeouts, retries and limits are
/// tested against real network behaviour, and never anything but loopback.
final class LoopbackServer: @unchecked Sendable {
    /// One scripted answer.
    struct Reply {
        var status: Int
        var headers: [String: String] = [:]
        var body: [UInt8] = []
        /// Seconds to wait before answering anything.
        var delay: TimeInterval = 0
        /// No `Content-Length`: the body ends when the connection closes.
        var withoutLength = false

        static func json(_ text: String, status: Int = 200) -> Reply {
            Reply(status: status, headers: ["Content-Type": "application/json"], body: Array(text.utf8))
        }

        static func status(_ code: Int, headers: [String: String] = [:]) -> Reply {
            Reply(status: code, headers: headers.merging(["Content-Type": "application/json"]) { a, _ in a },
                  body: Array(#"{"error":"scripted"}"#.utf8))
        }
    }

    /// A request as it arrived.
    struct Request {
        let method: String
        /// As sent: `/path?query`, or an absolute URL when sent to a proxy.
        let target: String
        /// Names lowercased.
        let headers: [String: String]
    }

    private(set) var port: UInt16 = 0
    private var listener: Int32 = -1
    private let state = NSCondition()
    // Guarded by `state`.
    private var script: [String: [Reply]] = [:]
    private var received: [Request] = []
    private var stopping = false
    private var running = 0

    /// Starts listening; `script` maps a request target (path and query) to the replies given
    /// in turn, the last one repeating. Any other target gets a 404.
    init(_ script: [String: [Reply]] = [:]) throws {
        self.script = script
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw ServerError("socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else {
            close(listener)
            throw ServerError("bind/listen: \(String(cString: strerror(errno)))")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        started()
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// `http://127.0.0.1:PORT`.
    var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Every request received so far, in order.
    var requests: [Request] {
        state.lock(); defer { state.unlock() }
        return received
    }

    func set(_ target: String, _ replies: [Reply]) {
        state.lock(); script[target] = replies; state.unlock()
    }

    /// Stops accepting, wakes delayed replies, and waits for every connection to end.
    func stop() {
        state.lock()
        if stopping { state.unlock(); return }
        stopping = true
        state.broadcast()
        let deadline = Date(timeIntervalSinceNow: 5)
        while running > 0, state.wait(until: deadline) {}
        state.unlock()
        close(listener)
    }

    deinit { stop() }

    // MARK: - Connections

    private func started() { state.lock(); running += 1; state.unlock() }

    private func finished() { state.lock(); running -= 1; state.broadcast(); state.unlock() }

    private var isStopping: Bool { state.lock(); defer { state.unlock() }; return stopping }

    private func acceptLoop() {
        defer { finished() }
        while !isStopping {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            started()
            Thread.detachNewThread { [self] in
                serve(client)
                close(client)
                finished()
            }
        }
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(client) else { return }
        let reply = next(for: request)
        if reply.delay > 0 {
            // Interruptible, so that stop() never waits out a slow reply.
            state.lock()
            let until = Date(timeIntervalSinceNow: reply.delay)
            while !stopping, state.wait(until: until) {}
            let abandon = stopping
            state.unlock()
            if abandon { return }
        }
        var head = "HTTP/1.1 \(reply.status) Scripted\r\nConnection: close\r\n"
        for (name, value) in reply.headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if !reply.withoutLength { head += "Content-Length: \(reply.body.count)\r\n" }
        head += "\r\n"
        guard send(client, Array(head.utf8)) else { return }
        _ = send(client, reply.body)
    }

    private func next(for request: Request) -> Reply {
        var target = request.target
        if let schemeEnd = target.range(of: "://"),
           let pathStart = target[schemeEnd.upperBound...].firstIndex(of: "/") {
            target = String(target[pathStart...])
        }
        state.lock()
        defer { state.unlock() }
        received.append(request)
        guard var replies = script[target], let first = replies.first else { return .status(404) }
        if replies.count > 1 { replies.removeFirst(); script[target] = replies }
        return first
    }

    private func readRequest(_ client: Int32) -> Request? {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        while !data.suffix(4).elementsEqual(end) || data.count < 4 {
            let n = recv(client, &chunk, chunk.count, 0)
            if n <= 0 { return nil }
            data.append(contentsOf: chunk[0..<n])
            if data.count > 65536 { return nil }
            if let range = data.firstRange(of: end) { data = Array(data[..<range.upperBound]); break }
        }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(parts[0]), target: String(parts[1]), headers: headers)
    }

    /// Writes everything; false when the peer went away (it may, on purpose: a client that
    /// refuses a large body hangs up mid-way).
    private func send(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(client, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }
}
