import CNcursesw
import DailyPapersCore
import DailyPapersReader
import Glibc

/// The full-screen reader on a real terminal: input in, the reducer, effects out, the
/// canvas copied to the screen. Everything that touches the outside world is here.
public struct TerminalReader {
    /// The reader's state; after `run`, what to save as the session.
    public private(set) var state: ReaderState
    /// Why the reader could not start on this terminal, when it could not.
    public private(set) var failure: String?
    private let environment: [String: String]
    private let hooks: Hooks
    private let settings: TerminalSettings
    private let screen = CursesScreen()
    /// Programs started for the user (browser, clipboard tool), to reap and report on.
    private var children: [pid_t: String] = [:]
    /// Events from background work (loading, searching, a fetch).
    private let inbox = EventInbox()
    private var searchWorker: SearchWorker?
    /// A fetch is running: `F` again waits for it.
    private var fetching = false
    /// The unread paper whose detail is on screen, and when it counts as read.
    private var readTimer: (id: String, due: Double)?

    /// Where the reader's changes go: the store, in the command that starts it.
    public struct Hooks {
        public var persist: (MarkChange) -> Void
        public var rememberSearch: (String) -> Void
        /// Starts a fetch in the background; it reports through `post`, from any thread:
        /// `.message` for progress, `.fetchFinished` last (the reader then reloads through
        /// `load` when days were written, which `load` must then read too).
        public var fetch: ((_ post: @escaping @Sendable (Event) -> Void) -> Void)?
        /// Starts reading the digests in the background (at start when the state is
        /// `loading`, and for `r` or a fetch); it reports through `post`, from any thread:
        /// `.loadProgress` and `.loadedFirst` on the way, `.reloaded` last.
        public var load: ((_ post: @escaping @Sendable (Event) -> Void) -> Void)?
        public init(persist: @escaping (MarkChange) -> Void = { _ in }, rememberSearch: @escaping (String) -> Void = { _ in },
                    fetch: ((_ post: @escaping @Sendable (Event) -> Void) -> Void)? = nil,
                    load: ((_ post: @escaping @Sendable (Event) -> Void) -> Void)? = nil) {
            self.persist = persist; self.rememberSearch = rememberSearch; self.fetch = fetch; self.load = load
        }
    }

    public init(state: ReaderState, environment: [String: String], hooks: Hooks = Hooks(),
                settings: TerminalSettings = TerminalSettings()) {
        self.state = state
        self.settings = settings
        self.environment = environment
        self.hooks = hooks
    }

    /// How long a frame waits for a background search to answer before drawing without
    /// it: a fast search shows in the same frame as the key, a slow one never holds keys up.
    static let searchGrace: Int32 = 8

    /// A detail shown for this long marks its paper read.
    static let readAfter = 1.0

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Starts, moves or stops the read timer after the state changed.
    private mutating func followReadCandidate() {
        guard let id = state.readCandidate else { readTimer = nil; return }
        if readTimer?.id != id { readTimer = (id, Self.now() + Self.readAfter) }
    }

    /// Fires the read timer when it is due.
    private mutating func checkReadTimer() {
        guard let timer = readTimer, Self.now() >= timer.due else { return }
        readTimer = nil
        for effect in state.handle(.readTimer(id: timer.id)) { _ = perform(effect) }
    }

    /// Runs until `q`, `Ctrl-c` or a terminating signal; returns the exit status. The
    /// terminal is restored on every way out.
    public mutating func run() -> Int32 {
        guard let signals = SignalPipe.install() else { return 1 }
        dp_install_crash_restore()
        if let problem = screen.start(environment: environment, colors: settings.colors) {
            failure = problem
            return 1
        }
        defer { screen.stop() }
        if let inbox {
            state.searchesInBackground = true
            searchWorker = SearchWorker { [inbox] event in inbox.post(event) }
        }
        if state.loading != nil { startLoad() }
        var size = screen.size
        _ = state.handle(.resize(width: size.width, height: size.height))
        followReadCandidate()
        screen.draw(Screen.render(state))
        // For the test that a crash still restores the terminal: there must be a real one.
        if environment["DAILYPAPERS_TEST_CRASH"] == "1" { fatalError("crash asked for by DAILYPAPERS_TEST_CRASH") }

        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: inbox?.readFD ?? -1, events: Int16(POLLIN), revents: 0)]
            // Wake up now and then while children run, to reap them, and for the read timer.
            var timeout: Int32 = children.isEmpty ? -1 : 250
            if let timer = readTimer {
                let ms = Int32(max(0, min(1000, (timer.due - Self.now()) * 1000)) + 1)
                timeout = timeout < 0 ? ms : min(timeout, ms)
            }
            _ = poll(&fds, 3, timeout)

            for signo in signals.drain() {
                if signo == SIGWINCH || signo == SIGCONT {
                    screen.resizeFromKernel()
                    size = screen.size
                    _ = state.handle(.resize(width: size.width, height: size.height))
                } else if signo == SIGTSTP {
                    suspend()
                } else {
                    return 128 + signo
                }
            }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, fds[0].revents & Int16(POLLIN) == 0 {
                return 1   // the terminal went away
            }
            var searched = false
            while let input = InputReader.next() {
                guard let event = input else { continue }
                if case .resize = event { screen.resizeFromKernel() }
                for effect in state.handle(event) {
                    if perform(effect) { return 0 }
                }
                if let request = state.takeSearch() { searchWorker?.submit(request); searched = true }
            }
            if searched, let inbox {
                var ready = [pollfd(fd: inbox.readFD, events: Int16(POLLIN), revents: 0)]
                _ = poll(&ready, 1, Self.searchGrace)
            }
            for event in inbox?.drain() ?? [] {
                if case .fetchFinished = event { fetching = false }
                for effect in state.handle(event) { _ = perform(effect) }
            }
            reapChildren()
            checkReadTimer()
            followReadCandidate()
            screen.draw(Screen.render(state))
        }
    }

    /// Performs one effect; true when the reader should quit.
    private mutating func perform(_ effect: Effect) -> Bool {
        switch effect {
        case .quit:
            return true
        case let .persist(change):
            hooks.persist(change)
        case let .rememberSearch(query):
            hooks.rememberSearch(query)
        case let .editNote(id, text):
            guard let editor = environment["VISUAL"].flatMap({ $0.isEmpty ? nil : $0 })
                    ?? environment["EDITOR"].flatMap({ $0.isEmpty ? nil : $0 }) else {
                tell("No EDITOR set", error: true)
                return false
            }
            let result = inForeground { NoteEditor.edit(text, id: id, editor: editor) }
            switch result {
            case let .success(edited):
                for effect in state.handle(.noteEdited(id: id, text: edited)) { _ = perform(effect) }
            case let .failure(e):
                tell("Note not saved: \(e.message)", error: true)
            }
        case .redraw:
            screen.invalidate()
        case .fetch:
            guard let start = hooks.fetch, let inbox else {
                tell("Fetching is not available here", error: true)
                return false
            }
            guard !fetching else {
                tell("A fetch is already running", error: false)
                return false
            }
            fetching = true
            start { [inbox] event in inbox.post(event) }
        case .suspend:
            suspend()
        case .reload:
            startLoad()
        case let .open(url):
            guard Browser.isAllowed(url) else {
                tell("Refused to open \(url): not a web link", error: true)
                return false
            }
            var failure = ""
            for argv in Browser.commands(for: url, environment: environment, configured: settings.browser) {
                if Browser.runsInTerminal(argv) {
                    let result = inForeground { Foreground.run(argv) }
                    guard case let .failure(e) = result else { return false }
                    failure = "Could not start \(argv[0]): \(e.message). Set BROWSER to your browser."
                    continue
                }
                switch Spawner.spawn(argv) {
                case let .success(pid): children[pid] = argv[0]; return false
                case let .failure(e): failure = "Could not start \(argv[0]): \(e.message). Set BROWSER to your browser."
                }
            }
            tell(failure, error: true)
        case let .copy(text, what):
            let result = Clipboard.copy(text, environment: environment, configured: settings.clipboard)
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

    private mutating func startLoad() {
        guard let load = hooks.load, let inbox else {
            _ = state.handle(.reloaded(state.catalog))
            tell("Reading the digests is not available here", error: true)
            return
        }
        state.releaseCatalogForReload()
        load { [inbox] event in inbox.post(event) }
    }

    /// Ctrl-z or SIGTSTP: the terminal goes back to the shell as it was, the process stops,
    /// and `fg` brings the reader back at the terminal's size then.
    /// Hands the terminal to a program and takes it back, at the size it has now (the user
    /// may have resized it meanwhile).
    private mutating func inForeground<T>(_ run: () -> T) -> T {
        screen.stop()
        let result = run()
        screen.start(environment: environment, colors: settings.colors)
        screen.resizeFromKernel()
        let size = screen.size
        _ = state.handle(.resize(width: size.width, height: size.height))
        screen.invalidate()
        return result
    }

    private mutating func suspend() {
        screen.stop()
        dp_suspend_self()
        screen.start(environment: environment, colors: settings.colors)
        screen.resizeFromKernel()
        let size = screen.size
        _ = state.handle(.resize(width: size.width, height: size.height))
        screen.invalidate()
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
