import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the files to read under the paths a user named.
///
/// Folders are walked recursively in name order, following symbolic links but never into
/// a folder already seen (a link loop ends there); hidden entries (`.git`) are skipped.
enum DigestFinder {
    struct Candidate: Hashable {
        let path: String
        /// Named by the user: it must be a digest. Found in a folder: skipped if it is not.
        let explicit: Bool
        /// Bytes when found; what a staged load uses to pick a first screen's worth.
        let size: Int
        /// What tells that the file changed since an index cache was written (`CacheKey`):
        /// its device and inode, and its modification and status-change times in ns.
        var stamp = Stamp()
    }

    struct Stamp: Hashable {
        var device: UInt64 = 0, inode: UInt64 = 0, modified: Int64 = 0, changed: Int64 = 0

        init() {}

        init(_ st: stat) {
            device = UInt64(st.st_dev); inode = UInt64(st.st_ino)
            modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
            changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        }
    }

    static func find(_ paths: [String]) -> (files: [Candidate], problems: [Problem]) {
        var files: [Candidate] = []
        var problems: [Problem] = []
        var seenDirs = Set<[UInt64]>()
        var seenFiles = Set<String>()
        var named = Set<String>()
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else {
                problems.append(Problem(path: path, line: 0, message: "cannot open: \(String(cString: strerror(errno)))"))
                named.insert(path)
                continue
            }
            if st.st_mode & S_IFMT == S_IFDIR {
                walk(path, &files, &problems, &seenDirs, &seenFiles)
            } else if seenFiles.insert(path).inserted {
                files.append(Candidate(path: path, explicit: true, size: Int(st.st_size), stamp: Stamp(st)))
            }
        }
        // A link to nothing that was also named is said once, as named ("cannot open").
        problems.removeAll { named.contains($0.path) && $0.message.hasPrefix("a link to nothing") }
        return (files, problems)
    }

    /// Only for what cannot be read: a file is known to be a digest by its heading, not its
    /// name, but a folder's other links and pipes are none of the reader's business.
    private static func namedLikeADigest(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt")
    }

    private static func walk(_ dir: String, _ files: inout [Candidate], _ problems: inout [Problem],
                             _ seenDirs: inout Set<[UInt64]>, _ seenFiles: inout Set<String>) {
        var st = stat()
        guard stat(dir, &st) == 0, seenDirs.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        } catch {
            problems.append(Problem(path: dir, line: 0, message: "cannot list folder: \(error.localizedDescription)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                // A link to nothing named like a digest may be one moved away: said. An entry
                // that vanished since the listing is nothing to read.
                let reason = String(cString: strerror(errno))
                var link = stat()
                if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, namedLikeADigest(name) {
                    problems.append(Problem(path: path, line: 0, message: "a link to nothing: \(reason)"))
                }
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR: walk(path, &files, &problems, &seenDirs, &seenFiles)
            case S_IFREG: if seenFiles.insert(path).inserted { files.append(Candidate(path: path, explicit: false, size: Int(entry.st_size), stamp: Stamp(entry))) }
            // A pipe or a device could block a read for ever, or never end.
            default: if namedLikeADigest(name) { problems.append(Problem(path: path, line: 0, message: "not a regular file; not read")) }
            }
        }
    }
}
