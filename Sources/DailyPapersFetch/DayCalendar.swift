import DailyPapersCore
import Foundation

/// Day arithmetic in UTC, the calendar the Daily Papers API dates its days in.
public enum DayCalendar {
    private static var utc: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }

    /// The day it is now in UTC.
    public static func today(_ now: Date = Date()) -> Day {
        let parts = utc.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `day` moved by `offset` days (negative for earlier).
    public static func adding(_ offset: Int, to day: Day) -> Day {
        let c = utc
        let date = c.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let moved = c.date(byAdding: .day, value: offset, to: date)!
        let parts = c.dateComponents([.year, .month, .day], from: moved)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Every day from `first` to `last`, both included, oldest first; empty when `last` is
    /// before `first`.
    public static func days(from first: Day, through last: Day) -> [Day] {
        var out: [Day] = []
        var d = first
        while d <= last {
            out.append(d)
            d = adding(1, to: d)
        }
        return out
    }
}
