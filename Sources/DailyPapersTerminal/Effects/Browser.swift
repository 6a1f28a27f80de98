/// Opens links: `$BROWSER` when set, else the desktop's opener.
enum Browser {
    /// The argument vector that opens `url`. `$BROWSER` may list commands separated by
    /// `:`; the first is used, split at spaces, with `%s` replaced by the URL (or the URL
    /// appended) — words, never a shell line.
    static func command(for url: String, environment: [String: String], configured: [String]? = nil) -> [String] {
        if let words = configured, !words.isEmpty {
            return words.contains(where: { $0.contains("%s") }) ? words.map { $0.replacing("%s", with: url) } : words + [url]
        }
        if let browser = environment["BROWSER"], let first = browser.split(separator: ":").first {
            let words = first.split(separator: " ").map(String.init)
            if !words.isEmpty {
                if words.contains(where: { $0.contains("%s") }) {
                    return words.map { $0.replacing("%s", with: url) }
                }
                return words + [url]
            }
        }
        #if os(macOS)
        return ["open", url]
        #else
        return ["xdg-open", url]
        #endif
    }

    /// Only web links built from an arXiv id are ever opened.
    static func isAllowed(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://"))
            && url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
    }
}
