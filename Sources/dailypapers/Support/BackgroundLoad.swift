import DailyPapersCore
import DailyPapersReader
import Foundation

/// Reads the digests for the reader on a thread of its own: the newest first, to fill the
/// screen at once, then everything (from the index cache when the files are unchanged),
/// with the share of files read as it goes; then, with the papers shown, the common words
/// (`Catalog.indexCommonWords`), and the cache written for the next start.
enum BackgroundLoad {
    private static let sequence = LoadSequence()

    static func start(paths: ReaderPaths, cache: CatalogCache?, post: @escaping @Sendable (Event) -> Void) {
        Thread.detachNewThread {
            let mine = sequence.begin()
            // Its catalog is let go when it returns, before the next load may begin.
            load(paths.current, cache: cache, post: post) { sequence.superseded(mine) }
            sequence.end()
        }
    }

    private static func load(_ paths: [String], cache: CatalogCache?, post: @escaping @Sendable (Event) -> Void,
                             superseded: @escaping @Sendable () -> Bool) {
        // A reload starts once the reader has let its papers go: their small blocks, left
        // in the heaps, go back to the system before the new papers are read.
        FreedMemory.giveBack()
        FreedMemory.forBuilding()
        let load = Loader.catalog(paths, cache: cache, firstBytes: Loader.firstScreenBytes, report: { step in
            switch step {
            case let .first(newest): post(.loadedFirst(Catalog(newest)))
            case let .progress(done, total): post(.loadProgress(done: done, total: total))
            }
        }, indexing: { post(.indexProgress(percent: $0)) })
        post(.reloaded(load.catalog))
        if let problem = load.cacheProblem { post(.message("Index cache: " + Sanitised.short(problem, limit: 120), error: true)) }
        guard !superseded() else { return }
        // Searchable already; common words then make the commonest searches cheap.
        load.catalog.indexCommonWords(stop: superseded)
        // A cache that cannot be written costs the next start its speed, nothing more:
        // said once, in the status line.
        if let problem = load.keep(settling: true, stop: superseded) {
            post(.message("Index cache not written: " + Sanitised.short(problem, limit: 120), error: true))
        }
        FreedMemory.forSearching()
    }
}
