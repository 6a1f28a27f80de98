extension PaperBody {
    /// Whether the record at `at` of `store` can be read as `PaperBody` reads it: every
    /// count within the words, every name, bullet, label and link within its text. Reading
    /// goes through pointers, so a record from a damaged cache is checked before it is used.
    static func wellFormed(_ store: TextStore, at: Int) -> Bool {
        let w = store.words, bytes = store.bytes.count
        func word(_ k: Int) -> Int { Int(w[k]) }
        func text(_ from: Int, _ count: Int) -> Bool {
            guard let shared = store.shared else { return from + count <= bytes }
            return from >= shared.base && from + count <= shared.folded.count
                && from + count - shared.base <= shared.capitals.wordCount * 64
        }
        func optional(_ offset: UInt32, _ count: Int) -> Bool { offset == none || Int(offset) + count <= bytes }
        guard at + 3 <= w.count else { return false }
        let authorsSplit = w[at + 2] & split != 0, authorCount = Int(w[at + 2] & ~split)
        let summaryAt = at + 3 + (authorsSplit ? 0 : authorCount)
        guard summaryAt + 3 <= w.count, text(word(at), word(at + 1)) else { return false }
        if authorsSplit {
            // Each name after the first takes two bytes of separator at least.
            guard authorCount <= word(at + 1) / 2 + 1 else { return false }
        } else {
            var used = 0
            for k in 0..<authorCount { used += word(at + 3 + k) + (k > 0 ? 2 : 0) }
            guard used <= word(at + 1) else { return false }
        }
        let bulletsSplit = w[summaryAt + 2] & split != 0, bulletCount = Int(w[summaryAt + 2] & ~split)
        let linksAt = summaryAt + 3 + bulletCount * (bulletsSplit ? 2 : 5)
        guard linksAt + 4 <= w.count, text(word(summaryAt), word(summaryAt + 1)) else { return false }
        if bulletsSplit {
            guard bulletCount <= word(summaryAt + 1) + 1 else { return false }
            for k in 0..<bulletCount {
                let b = summaryAt + 3 + k * 2
                guard optional(w[b + 1], Int(w[b] >> 16)) else { return false }
            }
        } else {
            var used = 0
            for k in 0..<bulletCount {
                let b = summaryAt + 3 + k * 5
                used += word(b) + (k > 0 ? 1 : 0)
                guard optional(w[b + 3], word(b + 4)) else { return false }
            }
            guard used <= word(summaryAt + 1) else { return false }
        }
        guard optional(w[linksAt], Int(w[linksAt + 1] & ~templated)), optional(w[linksAt + 2], word(linksAt + 3)) else { return false }
        // The title's length, before the authors in the shared text.
        guard let shared = store.shared else { return true }
        return linksAt + 5 <= w.count && word(at) - 1 - word(linksAt + 4) >= shared.base
    }
}
