import CNcursesw
import DailyPapersCore
import DailyPapersReader
import Glibc

/// The full-screen reader on a real terminal: input in, the reducer, effects out, the
/// canvas copied to the screen. Everything that touches the outside world is here.
public struct TerminalReader {
    private var state: ReaderState
    private let reload: () -> Catalog
    private let environment: [String: String]
    private let screen = CursesScreen()
    /// Programs started for the user (browser, clipboard tool), to reap and report on.
    private var children: [pid_t: String] = [:]

    /// `reload` reads the digests again for `r`; it runs on this thread, between frames.
    public init(catalog: Catalog, environment: [String: String], reload: @escaping () -> Catalog) {
        state = ReaderState(catalog: catalog)
        self.reload = reload
        self.environment = environment
    }

    /// Runs until `q`, `Ctrl-c` or a terminating signal; returns the exit status. The
    /// terminal is restored on every way out.
    public mutating func run() -> Int32 {
        guard let signals = SignalPipe.install() else { return 1 }
        screen.start(environment: environment)
        defer { screen.stop() }
        var size = screen.size
        _ = state.handle(.resize(width: size.width, height: size.height))
        screen.draw(Screen.render(state))

        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0)]
            // Wake up now and then while children run, to reap them.
            let timeout: Int32 = children.isEmpty ? -1 : 250
            _ = poll(&fds, 2, timeout)

            for signo in signals.drain() {
                if signo == SIGWINCH {
                    screen.resizeFromKernel()
                    size = screen.size
                    _ = state.handle(.resize(width: size.width, height: size.height))
                } else {
                    return 128 + signo
                }
            }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, fds[0].revents & Int16(POLLIN) == 0 {
                return 1   // the terminal went away
            }
            while let input = InputReader.next() {
                guard let event = input else { continue }
                if case .resize = event { screen.resizeFromKernel() }
                for effect in state.handle(event) {
                    if perform(effect) { return 0 }
                }
            }
            reapChildren()
            screen.draw(Screen.render(state))
        }
    }

    /// Performs one effect; true when the reader should quit.
    private mutating func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .quit:
            return true
        case .redraw:
            screen.invalidate()
        case .reload:
            let catalog = reload()
            _ = state.handle(.reloaded(catalog))
        case let .open(url):
            guard Browser.isAllowed(url) else {
                tell("Refused to open \(url): not a web link", error: true)
                return false
            }
            let argv = Browser.command(for: url, environment: environment)
            switch Spawner.spawn(argv) {
            case let .success(pid): children[pid] = argv[0]
            case let .failure(e):
                tell("Could not start \(argv[0]): \(e.message). Set BROWSER to your browser.", error: true)
            }
        case let .copy(text, what):
            let result = Clipboard.copy(text, environment: environment)
            if let pid = result.pid { children[pid] = result.how.last ?? "clipboard" }
            if let error = result.error {
                tell("Copy failed: \(error)", error: true)
            } else if result.how.isEmpty {
                tell("Could not copy: no OSC 52 and no wl-copy, xclip, xsel or pbcopy", error: true)
            } else {
                tell("Copied \(what) \(text) (\(result.how.joined(separator: " + ")))", error: false)
            }
        }
        return false
    }

    private mutating func tell(_ text: String, error: Bool) {
        _ = state.handle(.message(text, error: error))
    }

    /// Collects finished children; one that failed says so in the status line.
    private mutating func reapChildren() {
        for (pid, name) in children {
            var status: Int32 = 0
            let rc = waitpid(pid, &status, WNOHANG)
            guard rc == pid || rc < 0 else { continue }
            children[pid] = nil
            guard rc == pid else { continue }
            let exited = status & 0x7F == 0
            let code = (status >> 8) & 0xFF
            if !exited {
                tell("\(name) was killed by signal \(status & 0x7F)", error: true)
            } else if code != 0 {
                tell(code == 127 ? "\(name) could not be run" : "\(name) exited with status \(code)", error: true)
            }
        }
    }
}
