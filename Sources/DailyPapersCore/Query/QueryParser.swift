/// Parses the query language.
///
/// Terms are separated by spaces and must all hold. A term is a word, a `"quoted phrase"`,
/// or `field:value` (`title:`, `author:`, `summary:`, `id:`, `votes:`, `day:`); a leading
/// `-` excludes what the term matches. Malformed terms are errors, never ignored.
public enum QueryParser {
    public static let fields = ["title", "author", "summary", "id", "votes", "day", "is", "has"]

    public static func parse(_ text: String) throws(QueryError) -> Query {
        var lexer = QueryLexer(text)
        var terms: [Term] = []
        while let token = try lexer.next() {
            terms.append(try term(token))
        }
        return Query(terms: terms)
    }

    private static func term(_ t: QueryToken) throws(QueryError) -> Term {
        guard let field = t.field else {
            return Term(negated: t.negated, kind: .text(TextPattern(t.value), field: nil), columns: t.columns)
        }
        let valueColumns = t.valueColumns
        guard !t.value.isEmpty else {
            throw QueryError("'\(field):' needs a value", columns: t.columns)
        }
        let kind: Term.Kind
        switch field.lowercased() {
        case "title": kind = .text(TextPattern(t.value), field: .title)
        case "author", "authors": kind = .text(TextPattern(t.value), field: .authors)
        case "summary": kind = .text(TextPattern(t.value), field: .summary)
        case "id":
            guard t.value.unicodeScalars.allSatisfy({ $0.isASCII && !$0.properties.isWhitespace }) else {
                throw QueryError("id:\(t.value): an arXiv id is ASCII, like 2404.16710", columns: valueColumns)
            }
            // A whole id with its version (`2405.00002v2`, as arXiv's pages show it) finds
            // that paper, as `show` and `star` take it; without one, any id it starts.
            if let id = ArxivID.normalise(t.value[...]), id.utf8.count < t.value.utf8.count {
                kind = .id(id.lowercased())
            } else {
                kind = .idPrefix(t.value.lowercased())
            }
        case "votes", "vote": kind = .votes(try votes(t.value, columns: valueColumns))
        case "day", "days":
            do throws(QueryError) { kind = .day(try days(t.value, columns: valueColumns)) } catch {
                throw QueryError("day:\(t.value): \(error.message)", columns: error.columns)
            }
        case "is":
            switch t.value.lowercased() {
            case "read": kind = .mark(.read)
            // Unread is "not read": the same flag, the term turned around.
            case "unread": return Term(negated: !t.negated, kind: .mark(.read), columns: t.columns)
            case "starred": kind = .mark(.starred)
            default: throw QueryError("is:\(t.value): is: takes read, unread or starred", columns: valueColumns)
            }
        case "has":
            guard t.value.lowercased() == "note" else {
                throw QueryError("has:\(t.value): has: takes note", columns: valueColumns)
            }
            kind = .mark(.noted)
        default:
            throw QueryError("unknown field '\(field):'; fields are \(fields.map { $0 + ":" }.joined(separator: " ")); "
                + "put the word in quotes to search for it as text", columns: t.columns)
        }
        return Term(negated: t.negated, kind: kind, columns: t.columns)
    }

    // MARK: - votes

    static func votes(_ v: String, columns: Range<Int>) throws(QueryError) -> ClosedRange<Int> {
        let hint = "votes takes N, >N, >=N, <N, <=N or N..M with whole numbers"
        func number(_ s: Substring) throws(QueryError) -> Int {
            guard !s.isEmpty, s.allSatisfy(\.isASCIIDigit) else {
                throw QueryError("votes:\(v): '\(s)' is not a whole number; \(hint)", columns: columns)
            }
            // Nine digits hold any vote count, and leave room for `>N`'s N + 1.
            guard s.drop(while: { $0 == "0" }).count <= 9, let n = Int(s) else {
                throw QueryError("votes:\(v): '\(s)' is too large (at most 999999999)", columns: columns)
            }
            return n
        }
        let s = v[...]
        if let dots = s.range(of: "..") {
            let lo = s[..<dots.lowerBound], hi = s[dots.upperBound...]
            guard !(lo.isEmpty && hi.isEmpty) else { throw QueryError("votes:\(v): \(hint)", columns: columns) }
            let a = lo.isEmpty ? 0 : try number(lo)
            let b = hi.isEmpty ? Int.max : try number(hi)
            guard a <= b else { throw QueryError("votes:\(v): the range is empty (\(a) > \(b))", columns: columns) }
            return a...b
        }
        if s.hasPrefix(">=") { return try number(s.dropFirst(2))...Int.max }
        if s.hasPrefix("<=") { return 0...(try number(s.dropFirst(2))) }
        if s.hasPrefix(">") { let n = try number(s.dropFirst()); return (n + 1)...Int.max }
        if s.hasPrefix("<") {
            let n = try number(s.dropFirst())
            guard n > 0 else { throw QueryError("votes:\(v): no vote count is below 0", columns: columns) }
            return 0...(n - 1)
        }
        if s.hasPrefix("=") { let n = try number(s.dropFirst()); return n...n }
        let n = try number(s)
        return n...n
    }

    // MARK: - day

    /// A `day:` value (YYYY-MM-DD, YYYY-MM, YYYY, or a range A..B, A.., ..B) as the days it
    /// covers, for a command-line option that takes one: the message speaks of the value
    /// alone, which the option's user typed, not of a `day:` term they never wrote.
    public static func dayRange(_ value: String) throws(QueryError) -> ClosedRange<Day> {
        try days(value, columns: 0..<value.count)
    }

    /// Errors say what is wrong with `v` alone: the caller names the term or option before them.
    static func days(_ v: String, columns: Range<Int>) throws(QueryError) -> ClosedRange<Day> {
        let s = v[...]
        if let dots = s.range(of: "..") {
            let lo = s[..<dots.lowerBound], hi = s[dots.upperBound...]
            guard !(lo.isEmpty && hi.isEmpty) else {
                throw QueryError("a range needs a start, an end or both (A..B, A.., ..B)", columns: columns)
            }
            let a = lo.isEmpty ? Day.earliest : try period(lo, columns: columns).lowerBound
            let b = hi.isEmpty ? Day.latest : try period(hi, columns: columns).upperBound
            guard a <= b else { throw QueryError("the range is empty (\(a) is after \(b))", columns: columns) }
            return a...b
        }
        return try period(s, columns: columns)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the range of days it covers.
    static func period(_ p: Substring, columns: Range<Int>) throws(QueryError) -> ClosedRange<Day> {
        let parts = p.split(separator: "-", omittingEmptySubsequences: false)
        let hint = "write YYYY-MM-DD, YYYY-MM or YYYY"
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else {
            throw QueryError("'\(p)' is not a date; \(hint)", columns: columns)
        }
        let numbers = parts.map { Int($0)! }
        let year = numbers[0]
        guard year >= 1 else { throw QueryError("year \(parts[0]) does not exist", columns: columns) }
        if numbers.count == 1 { return Day(year: year, month: 1, day: 1)!...Day(year: year, month: 12, day: 31)! }
        let month = numbers[1]
        guard (1...12).contains(month) else {
            throw QueryError("month \(parts[1]) does not exist; \(hint)", columns: columns)
        }
        let last = Day.daysIn(month: month, year: year)
        if numbers.count == 2 { return Day(year: year, month: month, day: 1)!...Day(year: year, month: month, day: last)! }
        guard let d = Day(year: year, month: month, day: numbers[2]) else {
            throw QueryError("\(p) does not exist (\(parts[0])-\(parts[1]) has \(last) days)", columns: columns)
        }
        return d...d
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
