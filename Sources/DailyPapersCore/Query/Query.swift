import Foundation

/// A parsed query: every term must hold for a paper to match.
///
/// The language is one line of words: `diffusion "state space" -video title:llama
/// author:chen votes:>=50 day:2024-04 id:2404.` (see `QueryParser`).
public struct Query: Hashable, Sendable {
    public var terms: [Term]
    public init(terms: [Term] = []) { self.terms = terms }

    /// True when no term narrows the papers.
    public var isEmpty: Bool { terms.isEmpty }

    /// True when some positive term searches text, so that relevance means something.
    public var hasTextTerms: Bool {
        terms.contains { term in
            if term.negated { return false }
            if case .text = term.kind { return true }
            return false
        }
    }

    /// This query with the terms of `other` added (both must hold).
    public func and(_ other: Query) -> Query { Query(terms: terms + other.terms) }
}

/// One condition of a query.
public struct Term: Hashable, Sendable {
    public var negated: Bool
    public var kind: Kind
    /// The columns (0-based, in characters) of the query text this term came from.
    public var columns: Range<Int>

    public init(negated: Bool = false, kind: Kind, columns: Range<Int> = 0..<0) {
        self.negated = negated; self.kind = kind; self.columns = columns
    }

    public enum Kind: Hashable, Sendable {
        /// Case-insensitive substring of the given fields (all three when nil).
        case text(TextPattern, field: TextField?)
        /// The arXiv id starts with this.
        case idPrefix(String)
        /// The arXiv id is this (a whole id given with its version, `2404.16710v2`).
        case id(String)
        /// The votes of the appearance are known and in this range.
        case votes(ClosedRange<Int>)
        /// The day of the appearance is in this range.
        case day(ClosedRange<Day>)
        /// The user's own marks: `is:read`, `is:unread`, `is:starred`, `has:note`.
        case mark(PaperFlags)
    }
}

/// What a text term looks for.
public struct TextPattern: Hashable, Sendable {
    /// The words as typed, for messages.
    public let display: String
    /// Folded UTF-8 bytes (see `TextFolding`).
    public let folded: [UInt8]
    /// True when the pattern is made only of Hangul initial consonants (`ㅁㄷ`): it then
    /// matches the initials of syllables within one word (`모델`).
    public let isInitials: Bool

    public init(_ text: String) {
        display = text
        // The text is NFC (the parser composes what a digest holds in NFD): so must the
        // needle be, whatever the keyboard or a paste gave.
        folded = TextFolding.fold(text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping)
        isInitials = !text.isEmpty && text.unicodeScalars.allSatisfy(Hangul.isInitialConsonant)
    }
}

/// The searchable text fields of a paper.
public enum TextField: String, Hashable, Sendable, CaseIterable {
    case title, authors, summary

    /// Relevance weight: a title hit above an author hit above a summary hit.
    var weight: Int32 {
        switch self {
        case .title: return 100
        case .authors: return 10
        case .summary: return 1
        }
    }
}

/// What the user recorded about a paper, as the query language sees it.
public struct PaperFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let read = PaperFlags(rawValue: 1)
    public static let starred = PaperFlags(rawValue: 2)
    public static let noted = PaperFlags(rawValue: 4)
}
