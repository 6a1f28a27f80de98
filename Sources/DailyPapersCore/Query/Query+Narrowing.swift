/// When one query's answer is known to lie inside another's: typing a query one key at a
/// time mostly lengthens its last word, and the papers that hold `diffusion mo` are among
/// those that hold `diffusion m`, so the search need only look at those.
extension Query {
    /// True when every paper matching this query matches `other` too, by the form of the
    /// two alone: each term of `other` is one of this query's terms or made stricter by one
    /// (a longer text in the same or fewer fields). Erring only towards false.
    public func narrows(_ other: Query) -> Bool {
        other.terms.allSatisfy { old in terms.contains { $0.implies(old) } }
    }
}

extension Term {
    /// True when every paper this term holds for is held by `other` too.
    func implies(_ other: Term) -> Bool {
        // The user's marks change between two searches; a search that used them is not reused.
        if case .mark = other.kind { return false }
        guard negated == other.negated else { return false }
        if kind == other.kind { return true }
        guard !negated, case let .text(pattern, field) = kind, case let .text(wider, widerField) = other.kind,
              widerField == nil || widerField == field else { return false }
        return pattern.contains(wider)
    }
}

extension TextPattern {
    /// True when text holding this pattern always holds `other`. For text, `other` inside
    /// this pattern's bytes; an empty one finds nothing, so holds for nothing after it.
    /// Initials may match skipping syllables from a word's start (`ㄱㄷㅁ` in `가다나마`,
    /// where `ㄷㅁ` does not match), so only a beginning of them is sure to match. Patterns
    /// holding a 0 byte (a NUL, never typed at the prompt) are searched apart (`scanHits`)
    /// and left out here.
    func contains(_ other: TextPattern) -> Bool {
        guard isInitials == other.isInitials, !other.folded.isEmpty, other.folded.count <= folded.count,
              !folded.contains(0) else { return false }
        if isInitials {
            // Both searched by their initials, or both as text: which one depends on the needle.
            guard (InitialsIndex.needle(folded) == nil) == (InitialsIndex.needle(other.folded) == nil) else { return false }
            return folded.starts(with: other.folded)
        }
        return folded.withUnsafeBufferPointer { hay in
            other.folded.withUnsafeBufferPointer { needle in SearchIndex.find(needle, in: hay, from: 0) != nil }
        }
    }
}
