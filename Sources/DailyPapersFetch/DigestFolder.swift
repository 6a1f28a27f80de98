import DailyPapersCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of fetched digests laid out as `YYYY/MM/DD.md`, one file a day, the layout of
/// the published archives.
public struct DigestFolder: Sendable {
    /// The folder holding the `YYYY` folders.
    public let root: URL

    /// A folder that need not exist yet: it is made on the first write.
    public init(_ root: URL) { self.root = root.standardizedFileURL }

    /// Where `day`'s digest lives.
    public func url(for day: Day) -> URL {
        let d = day.description
        let year = d.prefix(4), month = d.dropFirst(5).prefix(2), dd = d.suffix(2)
        return root.appendingPathComponent(String(year)).appendingPathComponent(String(month))
            .appendingPathComponent("\(dd).md")
    }

    /// The days that have a file, read from the names alone.
    public func days() -> Set<Day> {
        let fm = FileManager.default
        var found = Set<Day>()
        for year in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] where year.count == 4 {
            let yearURL = root.appendingPathComponent(year)
            for month in (try? fm.contentsOfDirectory(atPath: yearURL.path)) ?? [] where month.count == 2 {
                let monthURL = yearURL.appendingPathComponent(month)
                for file in (try? fm.contentsOfDirectory(atPath: monthURL.path)) ?? [] where file.count == 5 && file.hasSuffix(".md") {
                    if let day = Day("\(year)-\(month)-\(file.prefix(2))") { found.insert(day) }
                }
            }
        }
        return found
    }

    /// Replaces `day`'s digest with `text`. The text goes to a hidden temporary file beside
    /// the digest, reaches the disk, and is renamed over it: a reader (or a crash) sees the
    /// old file or the new one, never half of one, and the loader skips the hidden name.
    @discardableResult
    public func write(_ text: String, for day: Day) throws(FetchError) -> URL {
        let target = url(for: day)
        let dir = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw .write(path: dir.path, reason: Self.reason(error))
        }
        let temporary = dir.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        let bytes = Array(text.utf8)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .write(path: target.path, reason: String(cString: strerror(errno))) }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, rename(temporary.path, target.path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary.path)
            throw .write(path: target.path, reason: String(cString: strerror(failure)))
        }
        return target
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
