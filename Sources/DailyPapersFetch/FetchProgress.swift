import DailyPapersCore
import Foundation

/// What a fetch of several days reports as it goes, on the thread that runs it.
public enum FetchProgress: Sendable, Equatable {
    /// Day number `index` (from 1) of `count` is being asked for.
    case started(Day, index: Int, count: Int)
    /// The request failed in a way worth another try, which starts after `wait` seconds.
    case retrying(Day, attempt: Int, wait: TimeInterval, reason: String)
    /// The day's digest was written (an empty day holds only its heading).
    case wrote(Day, papers: Int, file: URL)
    /// The day failed; its file, if any, is as it was.
    case failed(Day, FetchError)
}
