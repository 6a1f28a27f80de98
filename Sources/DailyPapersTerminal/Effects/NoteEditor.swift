import Foundation
import Glibc

/// Edits a note in the user's `$EDITOR`, on the terminal, while the reader waits.
enum NoteEditor {
    /// The edited text, nil when unchanged; or a message saying why it failed.
    static func edit(_ text: String, id: String, editor: String) -> Result<String?, SpawnError> {
        let words = editor.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return .failure(SpawnError("EDITOR is empty")) }
        let folder: String
        switch NoteFile.folder() {
        case let .success(made): folder = made
        case let .failure(e): return .failure(e)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/note-" + id.replacingOccurrences(of: "/", with: "_") + ".md"
        if let e = NoteFile.create(path, holding: text) { return .failure(e) }
        switch Foreground.run(words + [path]) {
        case let .failure(e): return .failure(e)
        case .success(false): return .failure(SpawnError("\(words[0]) did not exit cleanly; the note is unchanged"))
        case .success(true): break
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(SpawnError("the note file vanished")) }
        let edited = String(decoding: data, as: UTF8.self)
        return .success(edited == text ? nil : edited)
    }
}

/// Where the note is written for the editor.
///
/// In a folder of its own made by `mkdtemp` (mode 0700) under `$TMPDIR`: a name in the
/// shared folder itself can be guessed, and a link planted there in advance would have
/// the note written through it to wherever it points.
enum NoteFile {
    static func folder() -> Result<String, SpawnError> {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array((base + "/dailypapers-note-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            return .failure(SpawnError("cannot make a folder in \(base): \(String(cString: strerror(errno)))"))
        }
        return .success(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Writes `text` to a file that must not exist yet; nil, or why it failed.
    static func create(_ path: String, holding text: String) -> SpawnError? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return SpawnError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return SpawnError("cannot write \(path): \(String(cString: strerror(errno)))") }
            done += n
        }
        return nil
    }
}
