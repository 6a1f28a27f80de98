import CNcursesw
import Glibc

/// Runs a program that owns the terminal while the reader waits (the editor, a terminal
/// browser): it inherits the standard streams and the default signal handling.
enum Foreground {
    /// True when the program ended with status 0; or why it could not start.
    static func run(_ argv: [String]) -> Result<Bool, SpawnError> {
        guard let program = argv.first, !program.isEmpty else { return .failure(SpawnError("no program to run")) }
        var pid: pid_t = 0
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t()
        dp_default_signals(&defaults)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF))
        let rc = posix_spawnp(&pid, program, nil, &attr, &cArgs, environ)
        guard rc == 0 else { return .failure(SpawnError(errno: rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return .success(status & 0x7F == 0 && (status >> 8) & 0xFF == 0)
    }
}
