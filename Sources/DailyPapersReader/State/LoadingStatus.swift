/// The digests being read in the background: the reader works with what it has meanwhile.
public struct LoadingStatus: Hashable, Sendable {
    /// Digest files read and parsed so far, of `total` (0 until the files are found).
    public var done = 0
    public var total = 0
    /// `R` reads again; false for the load at start.
    public var isReload = false
    /// Once every file is read, the whole percent of the index built so far.
    public var indexed: Int?

    public init(done: Int = 0, total: Int = 0, isReload: Bool = false) {
        self.done = done; self.total = total; self.isReload = isReload
    }

    /// `loading 40%`; `loading…` before the files are counted, and `indexing…`, then
    /// `indexing 40%`, once all are read (indexing a million papers takes seconds).
    public var label: String {
        guard total > 0 else { return "loading…" }
        guard done >= total else { return "loading \(done * 100 / total)%" }
        return indexed.map { "indexing \($0)%" } ?? "indexing…"
    }
}
