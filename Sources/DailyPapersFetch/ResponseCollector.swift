import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Gathers one data task's response and body, and stops it as soon as the body is known to
/// be too large, so that a runaway response never sits in memory whole.
final class ResponseCollector: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let limit: Int
    // Guarded by `lock`: written on the session's queue, read by the waiting thread.
    private let lock = NSLock()
    private var response: HTTPURLResponse?
    private var body = Data()
    private var overLimit = false
    private var failure: Error?
    private var lastActivity = Date()
    /// Signalled once, when the task completes in any way.
    let done = DispatchSemaphore(value: 0)

    init(limit: Int) { self.limit = limit }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        lastActivity = Date()
        self.response = response as? HTTPURLResponse
        let declaredTooLarge = response.expectedContentLength > Int64(limit)
        if declaredTooLarge { overLimit = true }
        lock.unlock()
        completionHandler(declaredTooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        lastActivity = Date()
        if body.count + data.count > limit {
            overLimit = true
            lock.unlock()
            dataTask.cancel()
            return
        }
        body.append(data)
        lock.unlock()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        failure = error
        lock.unlock()
        done.signal()
    }

    /// When the response or its latest bytes arrived (the start, before any).
    var quietSince: Date {
        lock.lock()
        defer { lock.unlock() }
        return lastActivity
    }

    /// The outcome, once `done` was signalled.
    var outcome: HTTPAttempt {
        lock.lock()
        defer { lock.unlock() }
        if overLimit { return .tooLarge }
        if let failure { return Self.classify(failure as NSError) }
        guard let response else { return .broken("no HTTP response") }
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let k = key as? String, let v = value as? String { headers[k.lowercased()] = v }
        }
        return .response(HTTPResponse(status: response.statusCode, headers: headers, body: body))
    }

    private static func classify(_ error: NSError) -> HTTPAttempt {
        guard error.domain == NSURLErrorDomain else { return .broken(error.localizedDescription) }
        switch error.code {
        case NSURLErrorTimedOut: return .timedOut
        case NSURLErrorCancelled: return .cancelled
        case NSURLErrorCannotConnectToHost: return .unreachable("could not connect to the server")
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return .unreachable("no such host")
        case NSURLErrorNotConnectedToInternet: return .unreachable("no network connection")
        case NSURLErrorNetworkConnectionLost: return .broken("the connection was lost")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted,
             NSURLErrorServerCertificateHasBadDate, NSURLErrorServerCertificateNotYetValid,
             NSURLErrorServerCertificateHasUnknownRoot, NSURLErrorClientCertificateRejected:
            return .unreachable("TLS failed: \(error.localizedDescription)")
        default: return .broken(error.localizedDescription)
        }
    }
}
