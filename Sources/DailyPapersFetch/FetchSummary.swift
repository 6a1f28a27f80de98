import DailyPapersCore

/// How a fetch of several days ended.
public struct FetchSummary: Sendable, Equatable {
    /// Days whose digest was written, in the order fetched.
    public var written: [Day] = []
    /// Papers in the written digests, all days together.
    public var papers = 0
    /// Days that failed, in the order fetched, with why.
    public var failed: [(day: Day, error: FetchError)] = []
    /// True when a cancellation stopped the fetch before every day was tried.
    public var cancelled = false

    /// Nothing fetched yet.
    public init() {}

    /// Compares the failures by day and error, which tuples cannot do for themselves.
    public static func == (a: FetchSummary, b: FetchSummary) -> Bool {
        a.written == b.written && a.papers == b.papers && a.cancelled == b.cancelled
            && a.failed.map(\.day) == b.failed.map(\.day) && a.failed.map(\.error) == b.failed.map(\.error)
    }
}
