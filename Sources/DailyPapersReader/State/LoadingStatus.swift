/// The digests being read in the background: the reader works with what it has meanwhile.
public struct LoadingStatus: Hashable, Sendable {
    /// Digest files read and parsed so far, of `total` (0 until the files are found).
    public var done = 0
    public var total = 0
    /// `R` reads again; false for the load at start.
    public var isReload = false

    public init(done: Int = 0, total: Int = 0, isReload: Bool = false) {
        self.done = done; self.total = total; self.isReload = isReload
    }

    /// `loading 40%`; `loading…` before the files are counted, and `indexing…` once all
    /// are read (merging and indexing a million papers takes a while of its own).
    public var label: String {
        guard total > 0 else { return "loading…" }
        return done >= total ? "indexing…" : "loading \(done * 100 / total)%"
    }
}
