import DailyPapersCore

/// The `d` overlay: every day with its count, newest first, after an "all days" row.
public struct DayPicker: Hashable, Sendable {
    /// Row 0 is "all days"; row k > 0 is `days[k - 1]`.
    public let days: [DaySummary]
    /// Papers over all days (a paper featured twice counts once).
    public let allPapers: Int
    public var selected: Int
    public var top = 0
    /// A date being typed (`2024-04`): the selection jumps to the newest day it starts.
    public var typed = ""

    public init(days: [DaySummary], allPapers: Int, current: Day?) {
        self.allPapers = allPapers
        let newestFirst = Array(days.reversed())
        self.days = newestFirst
        selected = current.flatMap { d in newestFirst.firstIndex { $0.day == d } }.map { $0 + 1 } ?? 0
    }

    public var rowCount: Int { days.count + 1 }
}
