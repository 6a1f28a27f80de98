import ArgumentParser
import DailyPapersCore

extension SortOrder: ExpressibleByArgument {}
extension PaperFormat: ExpressibleByArgument {}

/// `dailypapers list`: the papers that match, one a line or as JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List papers, by votes high first unless sorted otherwise."
    )

    @OptionGroup var digests: DigestPaths
    @OptionGroup var state: StateOptions

    @Option(name: [.short, .long], parsing: .unconditional,
            help: "Only papers matching this query (see 'dailypapers --help').")
    var query: String?

    @Option(help: "Only this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).")
    var day: String?

    @Option(help: "Only days from this one on (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only days up to this one (YYYY-MM-DD).")
    var until: String?

    // --min-votes and --limit take the next argument whatever it looks like, as
    // argument-parser advises for negative numbers: else `--limit -1` reads -1 as an option,
    // says the value is missing, and validate never gets to say what is wrong with it.
    @Option(name: .customLong("min-votes"), parsing: .unconditional, help: "Only papers with at least this many votes.")
    var minVotes: Int?

    @Option(help: "Order: \(SortOrder.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sort: SortOrder = .votes

    @Option(parsing: .unconditional, help: "At most this many papers.")
    var limit: Int?

    @Option(help: "Output: \(PaperFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PaperFormat = .table

    func validate() throws {
        // 0 is a list without rows, as `head -n 0` is: a script may ask for it.
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more, not \(limit)") }
        if let minVotes, minVotes < 0 { throw ValidationError("--min-votes must be 0 or more, not \(minVotes)") }
        // As votes:>=N in a query: no count has more than nine digits.
        if let minVotes, minVotes > 999_999_999 { throw ValidationError("--min-votes \(minVotes) is too large (at most 999999999)") }
        _ = try dayTerms()
    }

    /// The query, with the filter options added as terms.
    func fullQuery() throws -> Query {
        var q = try parse(query ?? "", option: "--query")
        q = q.and(Query(terms: try dayTerms()))
        if let minVotes { q = q.and(Query(terms: [Term(kind: .votes(minVotes...Int.max))])) }
        return q
    }

    /// --day, --since and --until as terms, each value read as `day:` reads it. A wrong
    /// value is a usage error about the option and what was given to it, not about a
    /// `day:` term the user never wrote.
    func dayTerms() throws -> [Term] {
        var terms: [Term] = []
        if let day { terms.append(Term(kind: .day(try days(day, option: "--day")))) }
        let from = try since.map { try days($0, option: "--since", oneDay: true).lowerBound }
        let to = try until.map { try days($0, option: "--until", oneDay: true).upperBound }
        // As `day:A..B` is: a range with no day in it is a slip, not a wish for nothing.
        if let from, let to, from > to {
            throw ValidationError("--since \(from) is after --until \(to); the range is empty")
        }
        if from != nil || to != nil { terms.append(Term(kind: .day((from ?? Day.earliest)...(to ?? Day.latest)))) }
        return terms
    }

    /// `oneDay`: a day, month or year, not a range (`--since 2024..` says nothing
    /// `--since 2024` does not, and `--until ..2024` reads as a slip).
    private func days(_ value: String, option: String, oneDay: Bool = false) throws -> ClosedRange<Day> {
        if oneDay && value.contains("..") {
            throw ValidationError("\(option) '\(Sanitised.short(value, limit: 200))': takes one day, month or year (YYYY-MM-DD, YYYY-MM, YYYY), not a range")
        }
        do {
            return try QueryParser.dayRange(value)
        } catch {
            throw ValidationError("\(option) '\(Sanitised.short(value, limit: 200))': \(error.message)")
        }
    }

    private func parse(_ text: String, option: String) throws -> Query {
        do {
            return try QueryParser.parse(text)
        } catch {
            throw CLIError("\(option) \"\(Sanitised.short(text, limit: 200))\": \(error.description)")
        }
    }

    func run() throws {
        let query = try fullQuery()
        let catalog = try digests.load()
        var hits = catalog.search(query, order: sort, marks: try state.marks(for: catalog, query: query))
        if let limit { hits = Array(hits.prefix(limit)) }
        var out = Output.Buffered()
        PaperWriter(papers: catalog.papers, width: format == .table ? Output.terminalWidth : nil)
            .write(hits, format: format) { out.write($0) }
        out.flush()
        Output.mentionProblems(catalog.library)
    }
}
