import CNcursesw
import DailyPapersReader

/// How each `Style` looks: colours when the terminal has them and `NO_COLOR` is unset,
/// else attributes that read on any terminal (reverse for selection, bold and underline
/// for matches).
struct Palette {
    let colour: Bool

    /// Set when `[colors]` gives the selection its own colours.
    var selectionPair = false

    private enum Pair: Int16 {
        case match = 1, key, error, chrome, heading, selection
    }

    /// Starts colours if allowed; call after `initscr`.
    static func start(environment: [String: String], colors: ColorScheme = ColorScheme()) -> Palette {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        guard !noColor, has_colors() else { return Palette(colour: false) }
        start_color()
        use_default_colors()
        // A colour the terminal lacks (208 on an 8-colour terminal) falls back to its own.
        func fit(_ c: Int16) -> Int16 { c < Int16(clamping: dp_colors()) ? c : -1 }
        func pair(_ p: Pair, _ c: ColorScheme.Pair) { init_pair(p.rawValue, fit(c.foreground), fit(c.background)) }
        pair(.match, colors.match)
        pair(.key, colors.key)
        pair(.error, colors.error)
        pair(.chrome, colors.chrome)
        pair(.heading, colors.heading)
        var palette = Palette(colour: true)
        if let s = colors.selection { pair(.selection, s); palette.selectionPair = true }
        return palette
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
        if s.contains(.selected) && selectionPair && !s.contains(.match) {
            return (dp_a_normal(), Pair.selection.rawValue)
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
