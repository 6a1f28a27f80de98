import Foundation

/// What one request came to, before any retry decision.
enum HTTPAttempt: Sendable {
    case response(HTTPResponse)
    /// Nothing answered: refused, no such host, no network. Retrying will not help soon.
    case unreachable(String)
    case timedOut
    /// The connection broke after it was made.
    case broken(String)
    case tooLarge
    case cancelled
}
