import DailyPapersCore
import DailyPapersFetch
import DailyPapersReader
import Foundation

/// The reader's `F`: fetches the newest missing days into the fetch folder on a thread of
/// its own; when it wrote days, the fetch folder joins `paths`, and the reader, told so by
/// `.fetchFinished`, reads the digests again (`BackgroundLoad`).
enum BackgroundFetch {
    static func start(paths: ReaderPaths, environment: [String: String], post: @escaping @Sendable (Event) -> Void) {
        let endpointText = Configuration.endpoint(environment: environment)
        guard let endpoint = FetchSettings.parseEndpoint(endpointText) else {
            post(.fetchFinished("Cannot fetch: endpoint '\(Sanitised.short(endpointText))' is not an http(s) URL", error: true))
            return
        }
        let dir = FetchLocation.defaultDirectory(environment: environment)
        ProxyEnvironment.adoptUpperCaseHTTPProxy(environment)
        let fetcher = Fetcher(settings: FetchSettings(endpoint: endpoint, userAgent: "dailypapers/\(DailyPapers.version)"))
        Thread.detachNewThread {
            let summary = fetcher.fetchMissing(into: DigestFolder(URL(fileURLWithPath: dir)), cancellation: FetchCancellation()) { event in
                switch event {
                case let .started(day, index, count): post(.message("Fetching \(day) (\(index)/\(count))…", error: false))
                case let .retrying(day, attempt, _, reason): post(.message("Fetching \(day): \(Sanitised.short(reason)); trying again (\(attempt))…", error: false))
                case .wrote, .failed: break
                }
            }
            if !summary.written.isEmpty { paths.include(dir) }
            let days = summary.written.count
            var text = "Fetch done: \(counted(summary.papers, "paper")) on \(counted(days, "day"))"
            if !summary.failed.isEmpty {
                // The reason first: the status line has room for one line.
                let why = Sanitised.short(summary.failed[0].error.brief, limit: 100)
                let failed = "\(counted(summary.failed.count, "day")) failed: " + why
                text = days == 0 ? "Fetch: " + failed : text + "; " + failed
            } else if days == 0 {
                text = "Fetch done: nothing new"
            }
            post(.fetchFinished(text, error: !summary.failed.isEmpty, wroteDays: days > 0))
        }
    }
}
