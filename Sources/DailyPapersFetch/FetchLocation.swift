import Foundation

/// Where fetched digests are kept unless told otherwise, shared by `dailypapers fetch`, the
/// reader's `F` key and the default set of folders the reader opens.
public enum FetchLocation {
    /// `$XDG_DATA_HOME/dailypapers/digests`, else `~/.local/share/dailypapers/digests`. A
    /// relative `XDG_DATA_HOME` is ignored, as the XDG spec asks.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            data = (home as NSString).appendingPathComponent(".local/share")
        }
        return (data as NSString).appendingPathComponent("dailypapers/digests")
    }

    /// True when `path` is a folder holding at least one visible `.md` file at any depth:
    /// an empty or absent folder adds nothing to what the reader opens.
    public static func holdsDigests(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
              let walk = FileManager.default.enumerator(atPath: path) else { return false }
        while let name = walk.nextObject() as? String {
            let last = (name as NSString).lastPathComponent
            if last.hasPrefix(".") { walk.skipDescendants(); continue }
            if last.hasSuffix(".md") { return true }
        }
        return false
    }
}
