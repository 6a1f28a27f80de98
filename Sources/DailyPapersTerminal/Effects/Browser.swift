/// Opens links: `$BROWSER` when set, else the desktop's opener.
enum Browser {
    /// The argument vectors that may open `url`, to be tried in order until one starts.
    /// `browser` in config.toml is one command; `$BROWSER` may list several separated by
    /// `:`, as other programs read it. Each is split at spaces, with `%s` replaced by the
    /// URL (or the URL appended) — words, never a shell line.
    static func commands(for url: String, environment: [String: String], configured: [String]? = nil) -> [[String]] {
        func filled(_ words: [String]) -> [String] {
            words.contains(where: { $0.contains("%s") }) ? words.map { $0.replacing("%s", with: url) } : words + [url]
        }
        if let words = configured, !words.isEmpty { return [filled(words)] }
        let listed = (environment["BROWSER"] ?? "").split(separator: ":")
            .map { $0.split(separator: " ").map(String.init) }
            .filter { !$0.isEmpty }
        if !listed.isEmpty { return listed.map(filled) }
        #if os(macOS)
        return [["open", url]]
        #else
        return [["xdg-open", url]]
        #endif
    }

    /// Browsers that draw in the terminal: the reader gives them the terminal and waits,
    /// as for the editor, where a graphical one is started beside it.
    static let inTerminal: Set<String> = ["w3m", "lynx", "links", "links2", "elinks", "www-browser", "browsh", "carbonyl"]

    static func runsInTerminal(_ argv: [String]) -> Bool {
        argv.first.map { inTerminal.contains(String($0.split(separator: "/").last ?? "")) } ?? false
    }

    /// Only web links built from an arXiv id are ever opened.
    static func isAllowed(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://"))
            && url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
    }
}
