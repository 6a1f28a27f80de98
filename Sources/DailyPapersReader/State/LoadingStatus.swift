/// The digests being read in the background: the reader works with what it has meanwhile.
public struct LoadingStatus: Hashable, Sendable {
    /// Digest files read and parsed so far, of `total` (0 until the files are found).
    public var done = 0
    public var total = 0
    /// `r` or a fetch reads again; false for the load at start.
    public var isReload = false
    /// Once every file is read, the whole percent of the index built so far.
    public var indexed: Int?
    /// What the status line says when it ends, instead of the count of papers read: the
    /// fetch's result, when a fetch that wrote days asked for the load.
    public var then: StatusMessage?
    /// A fetch wrote days while this load ran, perhaps after it had listed the files: read
    /// them all again once it ends.
    public var again = false

    public init(done: Int = 0, total: Int = 0, isReload: Bool = false, then: StatusMessage? = nil) {
        self.done = done; self.total = total; self.isReload = isReload; self.then = then
    }

    /// `loading 40%`; `loading…` before the files are counted, and `indexing…`, then
    /// `indexing 40%`, once all are read (indexing a million papers takes seconds).
    public var label: String {
        guard total > 0 else { return "loading…" }
        guard done >= total else { return "loading \(done * 100 / total)%" }
        return indexed.map { "indexing \($0)%" } ?? "indexing…"
    }
}
