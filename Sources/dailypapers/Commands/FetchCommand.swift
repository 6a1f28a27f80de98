import ArgumentParser
import DailyPapersCore
import DailyPapersFetch
import Foundation

/// `dailypapers fetch`: days from the Hugging Face Daily Papers API, kept as digests.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch days from Hugging Face Daily Papers and keep each as a digest.",
        discussion: """
        Each day is asked of ENDPOINT/api/daily_papers?date=YYYY-MM-DD and written to \
        DIR/YYYY/MM/DD.md, replacing that day's digest; a day that fails leaves its file as it \
        was. With no --date or --since, today (UTC) is fetched. DIR defaults to \
        $XDG_DATA_HOME/dailypapers/digests (~/.local/share/dailypapers/digests), which the reader \
        opens together with the shipped seeds when no PATH is given. Progress and errors go to \
        standard error, one line a day; the exit status is 1 when any day failed. Proxies come \
        from https_proxy, http_proxy, all_proxy and no_proxy.
        """
    )

    @Option(help: ArgumentHelp("Fetch this day.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Fetch every day from this one on.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("With --since: the last day to fetch (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("The folder to keep digests in (default: $XDG_DATA_HOME/dailypapers/digests).",
                               valueName: "DIR"),
            completion: .directory)
    var into: String?

    @Option(help: ArgumentHelp("The site serving /api/daily_papers (default: $DAILYPAPERS_ENDPOINT, else endpoint in config.toml, else https://huggingface.co).",
                               valueName: "URL"))
    var endpoint: String?

    /// A longer range is almost certainly a typo in a year, and would be thousands of requests.
    static let maxDays = 400

    func validate() throws {
        if date != nil, since != nil || until != nil {
            throw ValidationError("give either --date or --since (with --until), not both")
        }
        if until != nil, since == nil { throw ValidationError("--until needs --since") }
        for (name, value) in [("--date", date), ("--since", since), ("--until", until)] {
            if let value, Day(value) == nil { throw ValidationError("\(name) '\(value)' is not a date (YYYY-MM-DD)") }
        }
        // Here, not in `run`, so that the message comes with fetch's usage line.
        _ = try requestedDays()
        if let endpoint, FetchSettings.parseEndpoint(endpoint) == nil {
            throw ValidationError("--endpoint '\(Sanitised.short(endpoint))' is not an http or https URL with a host")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let days = try requestedDays()
        let endpointText = endpoint ?? Configuration.endpoint(environment: environment)
        guard let url = FetchSettings.parseEndpoint(endpointText) else {
            // A malformed --endpoint is refused in `validate`: this one came from
            // $DAILYPAPERS_ENDPOINT or config.toml.
            throw CLIError("endpoint '\(Sanitised.short(endpointText))' is not an http or https URL with a host (from $DAILYPAPERS_ENDPOINT or config.toml)")
        }
        let dir = into ?? FetchLocation.defaultDirectory(environment: environment)
        // Before the first request starts a thread that reads the environment.
        ProxyEnvironment.adoptUpperCaseHTTPProxy(environment)
        let fetcher = Fetcher(settings: FetchSettings(endpoint: url, userAgent: "dailypapers/\(DailyPapers.version)"))
        let summary = fetcher.fetch(days, into: DigestFolder(URL(fileURLWithPath: dir))) { event in
            switch event {
            case let .wrote(day, papers, file):
                Output.stderr("\(day): \(papers) paper\(papers == 1 ? "" : "s") → \(file.path)\n")
            case let .failed(day, error):
                Output.stderr("\(day): failed: \(Sanitised.inert(error.description))\n")
            case .started, .retrying:
                break
            }
        }
        if !summary.failed.isEmpty { throw ExitCode(1) }
    }

    /// The days asked for; a range that is empty, too long or in the future is a usage
    /// error, as a malformed date is.
    private func requestedDays() throws -> [Day] {
        let today = DayCalendar.today()
        if let date {
            let day = Day(date)!
            // UTC's today: a day ahead of it has no digest yet anywhere on Earth but one.
            if day > DayCalendar.adding(1, to: today) { throw ValidationError("--date \(day) is after today, \(today) (UTC)") }
            return [day]
        }
        guard let since else { return [today] }
        let first = Day(since)!
        let last = until.flatMap { Day($0) } ?? today
        let days = DayCalendar.days(from: first, through: last)
        if days.isEmpty { throw ValidationError("--since \(first) is after \(until == nil ? "today, " : "--until ")\(last)") }
        if days.count > Self.maxDays {
            throw ValidationError("\(first) to \(last) is \(days.count) days; fetch at most \(Self.maxDays) at a time")
        }
        return days
    }
}
