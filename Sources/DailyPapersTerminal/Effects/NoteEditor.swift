import CNcursesw
import Foundation
import Glibc

/// Edits a note in the user's `$EDITOR`, on the terminal, while the reader waits.
enum NoteEditor {
    /// The edited text, nil when unchanged; or a message saying why it failed.
    static func edit(_ text: String, id: String, editor: String) -> Result<String?, SpawnError> {
        let words = editor.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return .failure(SpawnError("EDITOR is empty")) }
        let safeID = id.replacingOccurrences(of: "/", with: "_")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dailypapers-note-\(safeID)-\(getpid()).md")
        defer { try? FileManager.default.removeItem(at: file) }
        do { try Data(text.utf8).write(to: file) } catch {
            return .failure(SpawnError("cannot write \(file.path): \(error.localizedDescription)"))
        }
        var pid: pid_t = 0
        var cArgs: [UnsafeMutablePointer<CChar>?] = (words + [file.path]).map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        // The editor owns the terminal: it inherits our standard streams and default signals.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t()
        dp_default_signals(&defaults)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF))
        let rc = posix_spawnp(&pid, words[0], nil, &attr, &cArgs, environ)
        guard rc == 0 else { return .failure(SpawnError(errno: rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            return .failure(SpawnError("\(words[0]) did not exit cleanly; the note is unchanged"))
        }
        guard let data = try? Data(contentsOf: file) else { return .failure(SpawnError("the note file vanished")) }
        let edited = String(decoding: data, as: UTF8.self)
        return .success(edited == text ? nil : edited)
    }
}
