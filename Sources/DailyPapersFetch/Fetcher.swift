import DailyPapersCore
import Foundation

/// Fetches days from the Daily Papers API and keeps each as a digest in a `DigestFolder`.
///
/// Everything here blocks the calling thread, so run it off the thread that draws: the
/// command line calls it directly; the reader runs `fetchMissing` on a background thread,
/// shows each `FetchProgress` in its status line, may stop it with a `FetchCancellation`,
/// and reloads its digests when the summary has written days.
public struct Fetcher: Sendable {
    /// Endpoint, timeouts, limits and retries for every request.
    public let settings: FetchSettings

    /// A fetcher for huggingface.co with the default limits, unless told otherwise.
    public init(settings: FetchSettings = FetchSettings()) { self.settings = settings }

    /// The papers the API lists for `day`, checked; nothing is written.
    public func papers(on day: Day, cancellation: FetchCancellation? = nil,
                       progress: (FetchProgress) -> Void = { _ in }) throws(FetchError) -> [FetchedPaper] {
        let url = settings.url(for: day)
        let body = try HTTPClient(settings: settings).get(url, cancellation: cancellation) { retry in
            progress(.retrying(day, attempt: retry.attempt, wait: retry.wait, reason: retry.reason))
        }
        return try DayDecoder.papers(from: body, url: url.absoluteString)
    }

    /// Fetches `day` and replaces its digest in `folder`; returns the papers written. On
    /// any failure the folder is left exactly as it was.
    @discardableResult
    public func fetch(_ day: Day, into folder: DigestFolder, cancellation: FetchCancellation? = nil,
                      progress: (FetchProgress) -> Void = { _ in }) throws(FetchError) -> (papers: Int, file: URL) {
        let papers = try papers(on: day, cancellation: cancellation, progress: progress)
        if cancellation?.isCancelled == true { throw .cancelled }
        let file = try folder.write(DigestWriter.digest(day: day, papers: papers), for: day)
        return (papers.count, file)
    }

    /// Fetches each of `days` in order, one at a time; a failed day does not stop the
    /// others. Reports `started`, then `wrote` or `failed`, for every day tried.
    public func fetch(_ days: [Day], into folder: DigestFolder, cancellation: FetchCancellation? = nil,
                      progress: (FetchProgress) -> Void = { _ in }) -> FetchSummary {
        var summary = FetchSummary()
        for (i, day) in days.enumerated() {
            if cancellation?.isCancelled == true { summary.cancelled = true; break }
            progress(.started(day, index: i + 1, count: days.count))
            do throws(FetchError) {
                let (papers, file) = try fetch(day, into: folder, cancellation: cancellation, progress: progress)
                summary.written.append(day)
                summary.papers += papers
                progress(.wrote(day, papers: papers, file: file))
            } catch .cancelled {
                summary.cancelled = true
                break
            } catch {
                summary.failed.append((day, error))
                progress(.failed(day, error))
            }
        }
        return summary
    }

    /// The reader's `F`: fetches the days from `since` to `until` (default: the last
    /// `lookback` days up to today, UTC) that have no digest in `folder`, newest first, and
    /// today's again even when present, since its papers and votes still change.
    public func fetchMissing(into folder: DigestFolder, since: Day? = nil, until: Day? = nil, lookback: Int = 7,
                             cancellation: FetchCancellation? = nil,
                             progress: (FetchProgress) -> Void = { _ in }) -> FetchSummary {
        let days = Self.missingDays(in: folder, since: since, until: until, lookback: lookback)
        return fetch(days, into: folder, cancellation: cancellation, progress: progress)
    }

    /// The days `fetchMissing` would fetch, newest first.
    public static func missingDays(in folder: DigestFolder, since: Day? = nil, until: Day? = nil,
                                   lookback: Int = 7, today: Day = DayCalendar.today()) -> [Day] {
        let last = until ?? today
        let first = since ?? DayCalendar.adding(-(max(1, lookback) - 1), to: last)
        let present = folder.days()
        return DayCalendar.days(from: first, through: last).reversed().filter { !present.contains($0) || $0 == today }
    }
}
