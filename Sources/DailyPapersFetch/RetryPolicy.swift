import Foundation

/// When to ask again after a 429, a 5xx or a timeout, and how long to wait first.
public struct RetryPolicy: Sendable, Equatable {
    /// Requests in all, the first included.
    public var attempts: Int
    /// The wait before the first retry; each later one waits twice as long as the last.
    public var backoff: TimeInterval
    /// No computed wait is longer than this.
    public var maxBackoff: TimeInterval
    /// A `Retry-After` longer than this is not waited for: the day fails now and can be
    /// fetched again later, rather than the reader sitting silent for an hour.
    public var maxRetryAfter: TimeInterval

    /// Four attempts, waiting 1, 2, then 4 s, unless the server says otherwise.
    public init(attempts: Int = 4, backoff: TimeInterval = 1, maxBackoff: TimeInterval = 30,
                maxRetryAfter: TimeInterval = 120) {
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
    }

    /// The wait before retry number `retry` (1 for the first retry).
    public func delay(beforeRetry retry: Int) -> TimeInterval {
        let doubled = backoff * pow(2, Double(max(0, retry - 1)))
        return min(maxBackoff, doubled)
    }

    /// Seconds to wait from a `Retry-After` value: delta-seconds or an HTTP date. nil when
    /// the header is absent or unreadable, so that the usual backoff applies.
    public static func retryAfter(_ value: String?, now: Date = Date()) -> TimeInterval? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return text.count > 9 ? .greatestFiniteMagnitude : TimeInterval(Int(text)!)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        // RFC 9110's preferred form, then the two obsolete ones it still asks clients to accept.
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return max(0, date.timeIntervalSince(now)) }
        }
        return nil
    }
}
