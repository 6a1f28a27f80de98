import DailyPapersCore
import DailyPapersReader
import Foundation

/// Reads the digests for the reader on a thread of its own: the newest first, to fill the
/// screen at once, then everything, with the share of files read as it goes; then, with the
/// papers shown, the common words (`Catalog.indexCommonWords`).
enum BackgroundLoad {
    static func start(paths: [String], post: @escaping @Sendable (Event) -> Void) {
        Thread.detachNewThread {
            let catalog = Catalog(Loader.load(paths, firstBytes: Loader.firstScreenBytes) { step in
                switch step {
                case let .first(newest): post(.loadedFirst(Catalog(newest)))
                case let .progress(done, total): post(.loadProgress(done: done, total: total))
                }
            })
            post(.reloaded(catalog))
            // Searchable already; common words then make the commonest searches cheap.
            catalog.indexCommonWords()
        }
    }
}
