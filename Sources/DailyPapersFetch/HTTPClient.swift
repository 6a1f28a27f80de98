import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Blocking GETs with timeouts, a size limit and retries: meant to run on a thread of its
/// own (the command line's main thread, or the reader's background fetch).
struct HTTPClient: Sendable {
    let settings: FetchSettings

    /// What happened before a retry, for progress reports.
    struct Retry: Sendable, Equatable {
        /// The attempt that is about to start (2 for the first retry).
        let attempt: Int
        let wait: TimeInterval
        let reason: String
    }

    /// The body of a 200 answer to `url`, retrying 429, 5xx, timeouts and broken connections.
    func get(_ url: URL, cancellation: FetchCancellation?,
             onRetry: (Retry) -> Void = { _ in }) throws(FetchError) -> Data {
        let name = url.absoluteString
        let policy = settings.retry
        var attempt = 1
        while true {
            if cancellation?.isCancelled == true { throw .cancelled }
            let last = attempt >= policy.attempts
            let wait: TimeInterval
            let reason: String
            switch once(url, cancellation: cancellation) {
            case .response(let r) where r.status == 200:
                return r.body
            case .response(let r) where r.status == 429 || (500...599).contains(r.status):
                if last { throw .http(url: name, status: r.status, attempts: attempt) }
                if let asked = RetryPolicy.retryAfter(r.headers["retry-after"]) {
                    if asked > policy.maxRetryAfter { throw .retryTooLate(url: name, status: r.status, seconds: asked) }
                    wait = asked
                } else {
                    wait = policy.delay(beforeRetry: attempt)
                }
                reason = "HTTP \(r.status)"
            case .response(let r):
                throw .http(url: name, status: r.status, attempts: attempt)
            case .timedOut:
                if last { throw .timedOut(url: name, seconds: settings.timeout, attempts: attempt) }
                wait = policy.delay(beforeRetry: attempt)
                reason = "timed out"
            case .broken(let why):
                if last { throw .transport(url: name, reason: why, attempts: attempt) }
                wait = policy.delay(beforeRetry: attempt)
                reason = why
            case .unreachable(let why):
                throw .unreachable(url: name, reason: why)
            case .tooLarge:
                throw .tooLarge(url: name, limit: settings.maxResponseBytes)
            case .cancelled:
                throw .cancelled
            }
            attempt += 1
            onRetry(Retry(attempt: attempt, wait: wait, reason: reason))
            if let cancellation {
                if !cancellation.sleep(wait) { throw .cancelled }
            } else if wait > 0 {
                Thread.sleep(forTimeInterval: wait)
            }
        }
    }

    /// One request, no retry.
    func once(_ url: URL, cancellation: FetchCancellation?) -> HTTPAttempt {
        // On Linux, URLSession rounds its timeouts down to whole seconds (0.5 s becomes "time
        // out at once") and applies them to the whole transfer, so it only gets a generous
        // backstop; the idle and total limits are kept below, to the millisecond.
        let backstop = (max(settings.timeout, settings.totalTimeout) + 1).rounded(.up)
        let configuration = SessionConfiguration.ephemeral()
        configuration.timeoutIntervalForRequest = backstop
        configuration.timeoutIntervalForResource = backstop
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        // No cookies or credentials to keep.
        configuration.httpCookieStorage = nil
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCredentialStorage = nil
        let collector = ResponseCollector(limit: settings.maxResponseBytes)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: collector, delegateQueue: queue)
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: backstop)
        request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request)
        task.resume()
        let deadline = Date(timeIntervalSinceNow: settings.totalTimeout)
        while collector.done.wait(timeout: .now() + 0.02) == .timedOut {
            let cancelled = cancellation?.isCancelled == true
            let now = Date()
            if cancelled || now >= deadline || now.timeIntervalSince(collector.quietSince) >= settings.timeout {
                task.cancel()
                session.invalidateAndCancel()
                return cancelled ? .cancelled : .timedOut
            }
        }
        session.finishTasksAndInvalidate()
        return collector.outcome
    }
}
