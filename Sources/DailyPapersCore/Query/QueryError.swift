/// A query that cannot be run, with the columns of the offending part.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and what would be right.
    public let message: String
    /// 0-based character columns in the query text.
    public let columns: Range<Int>

    public init(_ message: String, columns: Range<Int>) {
        self.message = message; self.columns = columns
    }

    /// `column 7: …`, 1-based as editors count.
    public var description: String { "column \(columns.lowerBound + 1): \(message)" }
}
