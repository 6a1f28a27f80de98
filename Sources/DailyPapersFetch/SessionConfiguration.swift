import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Each `URLSessionConfiguration` makes a URL cache of its own, and the first one the shared
/// cookie store too, which on Linux create folders at once ($XDG_CACHE_HOME/org.swift.
/// foundation.URLCache/NAME and $XDG_DATA_HOME/DIR, DIR the binary's folder's name) even
/// for a session that uses neither. Those it creates are removed again while still empty:
/// the program keeps its files under its own folders only.
enum SessionConfiguration {
    private static let lock = NSLock()

    static func ephemeral() -> URLSessionConfiguration {
        lock.lock()
        defer { lock.unlock() }
        let folders = litter()
        let absent = folders.filter { access($0, F_OK) != 0 }
        let configuration = URLSessionConfiguration.ephemeral
        // Deepest first: rmdir removes a folder only when empty, so nothing else is touched.
        for path in absent.reversed() { rmdir(path) }
        return configuration
    }

    /// The folders Foundation may create, each after its parent.
    static func litter(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let home = environment["HOME"] ?? ""
        func base(_ name: String, _ fallback: String) -> String? {
            if let value = environment[name], value.hasPrefix("/") { return value }
            return home.isEmpty ? nil : home + fallback
        }
        var out: [String] = []
        if let caches = base("XDG_CACHE_HOME", "/.cache") {
            let root = caches + "/org.swift.foundation.URLCache"
            out += [caches, root, root + "/" + ProcessInfo.processInfo.processName]
        }
        if let data = base("XDG_DATA_HOME", "/.local/share") {
            out += [data, data + "/" + Bundle.main.bundleURL.lastPathComponent]
        }
        return out
    }
}
