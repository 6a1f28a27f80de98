/// One space-separated piece of a query: `-`, an optional `field:`, and a value that may
/// have been quoted.
struct QueryToken {
    var negated = false
    var field: String?
    var value = ""
    var columns: Range<Int>
    var valueColumns: Range<Int>
}

/// Splits a query into tokens, tracking character columns for messages.
struct QueryLexer {
    private let chars: [Character]
    private var i = 0

    init(_ text: String) { chars = Array(text) }

    mutating func next() throws(QueryError) -> QueryToken? {
        while i < chars.count, chars[i].isWhitespace { i += 1 }
        guard i < chars.count else { return nil }
        let start = i
        var token = QueryToken(columns: start..<start, valueColumns: start..<start)
        if chars[i] == "-" {
            token.negated = true
            i += 1
            guard i < chars.count, !chars[i].isWhitespace else {
                throw QueryError("'-' must stand right before what it excludes, as in -video", columns: start..<start + 1)
            }
        }
        // `field:` is letters then a colon, not quoted.
        var j = i
        while j < chars.count, chars[j].isLetter, chars[j].isASCII { j += 1 }
        if j > i, j < chars.count, chars[j] == ":" {
            token.field = String(chars[i..<j])
            i = j + 1
        }
        let valueStart = i
        if i < chars.count, chars[i] == "\"" {
            i += 1
            let open = i - 1
            var value = ""
            while i < chars.count, chars[i] != "\"" { value.append(chars[i]); i += 1 }
            guard i < chars.count else {
                throw QueryError("the quote opened here is never closed", columns: open..<open + 1)
            }
            i += 1
            guard !value.allSatisfy(\.isWhitespace) else {
                throw QueryError("empty quotes: put the words to search for between them", columns: open..<i)
            }
            token.value = value
        } else {
            var value = ""
            while i < chars.count, !chars[i].isWhitespace {
                if chars[i] == "\"" {
                    throw QueryError("a quote must start a word or a field's value, as in \"state space\" or title:\"state space\"",
                                     columns: i..<i + 1)
                }
                value.append(chars[i]); i += 1
            }
            token.value = value
        }
        token.columns = start..<i
        token.valueColumns = valueStart..<i
        return token
    }
}
