import Foundation

/// What the reader reads: the paths it was given, and the fetch folder once `F` has written
/// days into it, so that every later reload (`r`) reads them too. Read by loading threads.
final class ReaderPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String]

    init(_ paths: [String]) { self.paths = paths }

    var current: [String] { lock.withLock { paths } }

    func include(_ folder: String) {
        lock.withLock { if !paths.contains(folder) { paths.append(folder) } }
    }
}
