import Synchronization

/// How far an index build has come, for a status line: each pass over the papers (the
/// fold, the initials, the candidate index) counts the papers it has done, and `report`
/// hears each new whole percent, from whichever worker gets there first. At a million
/// papers the build takes seconds after the last file is read.
public final class IndexProgress: Sendable {
    private let done = Atomic<Int>(0)
    private let told = Atomic<Int>(0)
    private let total: Int
    private let report: @Sendable (Int) -> Void

    /// The passes that count their papers.
    static let passes = 3

    public init(papers: Int, report: @escaping @Sendable (Int) -> Void) {
        total = max(1, papers * Self.passes)
        self.report = report
    }

    /// `papers` more papers done by one pass.
    func advance(_ papers: Int) {
        let now = done.add(papers, ordering: .relaxed).newValue
        let percent = min(100, now * 100 / total)
        var last = told.load(ordering: .relaxed)
        // Only the worker that moves the percent on reports it, so each is heard once.
        while percent > last {
            let (exchanged, original) = told.compareExchange(expected: last, desired: percent, ordering: .relaxed)
            if exchanged { report(percent); return }
            last = original
        }
    }
}
