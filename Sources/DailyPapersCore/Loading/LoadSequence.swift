import Foundation

/// A reader's background loads (`dailypapers`' `BackgroundLoad`), one at a time. After it
/// has sent its papers a load goes on with them (learning the common words, writing the
/// index cache: seconds at a million papers); a reload that started then held two
/// catalogs at once, the one the reader had let go and the new one. A new load now waits
/// for the one before to end, which it asks to stop what it still does.
public final class LoadSequence: @unchecked Sendable {
    private let condition = NSCondition()
    private var running = false
    private var newest = 0

    public init() {}

    /// Waits for the load before to end; returns this load's number.
    public func begin() -> Int {
        condition.lock()
        defer { condition.unlock() }
        newest += 1
        let mine = newest
        while running { condition.wait() }
        running = true
        return mine
    }

    /// A newer load is waiting: load `mine` has nothing left worth doing.
    public func superseded(_ mine: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return newest != mine
    }

    public func end() {
        condition.lock()
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
