import CNcursesw
import Glibc

/// Starts programs with `posix_spawnp` and an argument vector, never a shell, in their
/// own process group, with output going nowhere; nobody waits for them here.
enum Spawner {
    /// The pid, or a message saying why the program could not start.
    /// With `input`, the child's standard input is a pipe that receives it.
    static func spawn(_ argv: [String], input: String? = nil) -> Result<pid_t, SpawnError> {
        guard let program = argv.first, !program.isEmpty else { return .failure(SpawnError("no program to run")) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }

        var fds: [Int32] = [-1, -1]
        if input != nil {
            guard dp_pipe(&fds, 0) == 0 else { return .failure(SpawnError(errno: errno)) }
            posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Its own process group: a hang-up of our terminal does not take the browser down.
        var defaults = sigset_t()
        dp_default_signals(&defaults)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setpgroup(&attr, 0)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))

        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, program, &actions, &attr, &cArgs, environ)
        if input != nil { close(fds[0]) }
        guard rc == 0 else {
            if input != nil { close(fds[1]) }
            return .failure(SpawnError(errno: rc))
        }
        if let input {
            // Small texts only (links): they fit the pipe's buffer, so this cannot block.
            var bytes = Array(input.utf8)
            var done = 0
            while done < bytes.count {
                let n = write(fds[1], &bytes[done], bytes.count - done)
                if n <= 0 { break }
                done += n
            }
            close(fds[1])
        }
        return .success(pid)
    }

    /// The full path of `program` in `PATH`, if it is installed.
    static func which(_ program: String, path: String?) -> String? {
        for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// Why a program did not start.
struct SpawnError: Error {
    let message: String
    init(_ message: String) { self.message = message }
    init(errno code: Int32) { message = String(cString: strerror(code)) }
}
