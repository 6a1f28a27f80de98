import DailyPapersCore
import Foundation

/// Where and how to ask for days: the endpoint, what the client says it is, and the limits
/// that keep a bad network or a bad server from hanging the reader or filling memory.
public struct FetchSettings: Sendable, Equatable {
    /// The site that serves `/api/daily_papers`.
    public static let defaultEndpoint = URL(string: "https://huggingface.co")!

    /// The site answering `/api/daily_papers`; a path prefix is kept (`http://host/mirror`).
    public var endpoint: URL
    /// Sent as `User-Agent`; the command line passes `dailypapers/<version>`.
    public var userAgent: String
    /// How long a request may wait for the next bytes before it counts as timed out.
    public var timeout: TimeInterval
    /// How long one request may take from start to last byte, however steadily bytes come.
    public var totalTimeout: TimeInterval
    /// A body larger than this is refused: a real day is well under a megabyte, so anything
    /// near this size is a misconfigured endpoint, not papers.
    public var maxResponseBytes: Int
    /// When and how long to wait before asking again.
    public var retry: RetryPolicy

    /// The defaults suit huggingface.co; tests pass short timeouts and a loopback endpoint.
    public init(endpoint: URL = FetchSettings.defaultEndpoint, userAgent: String = "dailypapers",
                timeout: TimeInterval = 30, totalTimeout: TimeInterval = 120,
                maxResponseBytes: Int = 16 << 20, retry: RetryPolicy = RetryPolicy()) {
        self.endpoint = endpoint
        self.userAgent = userAgent
        self.timeout = timeout
        self.totalTimeout = totalTimeout
        self.maxResponseBytes = maxResponseBytes
        self.retry = retry
    }

    /// `DAILYPAPERS_ENDPOINT` when set, else the default.
    public static func endpoint(environment: [String: String]) -> String {
        if let value = environment["DAILYPAPERS_ENDPOINT"], !value.isEmpty { return value }
        return defaultEndpoint.absoluteString
    }

    /// An `http` or `https` URL with a host, else nil: anything else cannot serve the API and
    /// would fail later with a less helpful message.
    public static func parseEndpoint(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty,
              url.query == nil, url.fragment == nil else { return nil }
        return url
    }

    /// `{endpoint}/api/daily_papers?date=YYYY-MM-DD`, keeping any path prefix of the endpoint.
    public func url(for day: Day) -> URL {
        var base = endpoint.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: "\(base)/api/daily_papers?date=\(day)")!
    }
}
