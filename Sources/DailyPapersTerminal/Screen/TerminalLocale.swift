import CNcursesw

/// The locale ncursesw needs to draw Korean.
enum TerminalLocale {
    /// Takes the user's locale, but falls back to `C.UTF-8` for character types when its
    /// codeset is not UTF-8: ncursesw draws Hangul as blanks otherwise.
    static func configure() {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        let normalised = codeset.uppercased().filter { $0 != "-" }
        if normalised != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }
}
