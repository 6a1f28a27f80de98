import CNcursesw
import DailyPapersReader

/// How each `Style` looks: colours when the terminal has them and `NO_COLOR` is unset,
/// else attributes that read on any terminal (reverse for selection, bold and underline
/// for matches).
struct Palette {
    let colour: Bool

    private enum Pair: Int16 {
        case match = 1, key, error, chrome, heading
    }

    /// Starts colours if allowed; call after `initscr`.
    static func start(environment: [String: String]) -> Palette {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        guard !noColor, has_colors() else { return Palette(colour: false) }
        start_color()
        use_default_colors()
        init_pair(Pair.match.rawValue, Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        init_pair(Pair.key.rawValue, Int16(COLOR_CYAN), -1)
        init_pair(Pair.error.rawValue, Int16(COLOR_RED), -1)
        init_pair(Pair.chrome.rawValue, Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        init_pair(Pair.heading.rawValue, Int16(COLOR_GREEN), -1)
        return Palette(colour: true)
    }

    /// Attributes and colour pair for a style.
    func look(_ s: Style) -> (attr: attr_t, pair: Int16) {
        var attr = dp_a_normal()
        var pair: Int16 = 0
        if s.contains(.selected) { attr |= dp_a_reverse() }
        if s.contains(.heading) { attr |= dp_a_bold() }
        if s.contains(.dim) && !s.contains(.selected) { attr |= dp_a_dim() }
        guard colour else {
            if s.contains(.chrome) && !s.contains(.selected) { attr |= dp_a_reverse() }
            if s.contains(.match) { attr |= dp_a_bold() | dp_a_underline() }
            if s.contains(.error) { attr |= dp_a_bold() }
            return (attr, 0)
        }
        if s.contains(.match) {
            pair = Pair.match.rawValue
        } else if s.contains(.error) {
            pair = Pair.error.rawValue
            attr |= dp_a_bold()
        } else if s.contains(.chrome) {
            pair = Pair.chrome.rawValue
        } else if s.contains(.key) {
            pair = Pair.key.rawValue
        } else if s.contains(.heading) && !s.contains(.selected) {
            pair = Pair.heading.rawValue
        }
        return (attr, pair)
    }
}
