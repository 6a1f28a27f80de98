import DailyPapersCore
import Foundation

/// Why a day could not be fetched or written, worded for the person who has to act on it.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No connection could be made at all: no network, no such host, nothing listening.
    case unreachable(url: String, reason: String)
    /// No answer (or no next bytes) within the timeout, after every attempt.
    case timedOut(url: String, seconds: TimeInterval, attempts: Int)
    /// The connection broke mid-response, after every attempt.
    case transport(url: String, reason: String, attempts: Int)
    /// An HTTP status other than 200; `attempts` > 1 when it was retried.
    case http(url: String, status: Int, attempts: Int)
    /// The server asked to come back later than `RetryPolicy.maxRetryAfter`.
    case retryTooLate(url: String, status: Int, seconds: TimeInterval)
    /// The body was larger than `FetchSettings.maxResponseBytes`.
    case tooLarge(url: String, limit: Int)
    /// The body is not JSON, or not the array of papers the API answers.
    case malformed(url: String, detail: String)
    /// One item of the array lacks a required field or has one of the wrong type.
    case invalidItem(url: String, item: Int, id: String?, detail: String)
    /// The digest could not be written (permissions, full disk).
    case write(path: String, reason: String)
    /// The fetch was cancelled before this day was done.
    case cancelled

    /// One line, without the day: callers prefix it (`2024-04-26: failed: …`).
    public var description: String { line(url: { $0 }, hints: true) }

    /// The same line with each URL cut to its host and without the command line's hints,
    /// for the reader's one status line: a URL's path and query string, or a hint about
    /// `--endpoint`, would push the reason out of it.
    public var brief: String { line(url: Self.host, hints: false) }

    private func line(url shown: (String) -> String, hints: Bool) -> String {
        switch self {
        case let .unreachable(url, reason):
            return "cannot reach \(shown(url)): \(reason)\(hints ? " (offline, or a wrong --endpoint?)" : "")"
        case let .timedOut(url, seconds, attempts):
            return "no answer from \(shown(url)) within \(Self.seconds(seconds))\(Self.tries(attempts))"
        case let .transport(url, reason, attempts):
            return "the connection to \(shown(url)) failed: \(reason)\(Self.tries(attempts))"
        case let .http(url, status, attempts):
            return "HTTP \(status) \(Self.reason(status)) from \(shown(url))\(Self.tries(attempts))"
        case let .retryTooLate(url, status, seconds):
            return "HTTP \(status) \(Self.reason(status)) from \(shown(url)), retry after \(Self.seconds(seconds)): try again later"
        case let .tooLarge(url, limit):
            return "the response from \(shown(url)) is larger than \(limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) bytes"): not a day of papers"
        case let .malformed(url, detail):
            return "the response from \(shown(url)) is not the Daily Papers JSON: \(detail)"
        case let .invalidItem(url, item, id, detail):
            return "the response from \(shown(url)) has a bad paper: item \(item)\(id.map { " (\(Sanitised.short($0, limit: 40)))" } ?? ""): \(detail)"
        case let .write(path, reason):
            return "cannot write \(path): \(reason)"
        case .cancelled:
            return "cancelled"
        }
    }

    /// `host:port` of a URL, or the URL itself when it has no host.
    static func host(_ url: String) -> String {
        guard let c = URLComponents(string: url), let host = c.host, !host.isEmpty else { return url }
        return c.port.map { "\(host):\($0)" } ?? host
    }

    private static func tries(_ attempts: Int) -> String { attempts > 1 ? " (\(attempts) attempts)" : "" }

    private static func seconds(_ s: TimeInterval) -> String {
        s == s.rounded() && s < 1e9 ? "\(Int(s)) s" : String(format: "%.1f s", s)
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return status >= 500 ? "(server error)" : status >= 400 ? "(client error)" : "(unexpected status)"
        }
    }
}
