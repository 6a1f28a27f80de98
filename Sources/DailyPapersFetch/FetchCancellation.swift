import Foundation

/// Lets whoever started a fetch on another thread stop it: between days, during a backoff
/// wait, and in the middle of a request.
public final class FetchCancellation: @unchecked Sendable {
    // Guarded by `condition`.
    private var cancelled = false
    private let condition = NSCondition()

    /// Not cancelled yet.
    public init() {}

    /// Stops the fetch at its next check; a day in flight is abandoned and left unwritten.
    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// True once `cancel()` was called.
    public var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Waits `seconds` unless cancelled first; true when the whole wait passed.
    func sleep(_ seconds: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !cancelled {
            if !condition.wait(until: deadline) { return !cancelled }
        }
        return false
    }
}
