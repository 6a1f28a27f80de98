import DailyPapersCore
import DailyPapersFetch
import DailyPapersReader
import DailyPapersStore
import DailyPapersTerminal
import Foundation

/// config.toml, checked against what the reader and the terminal layer understand.
enum Configuration {
    static var rules: SettingsLoader.Rules {
        SettingsLoader.Rules(actions: Set(Action.allCases.map(\.rawValue)), keyName: { Key(name: $0)?.name },
                             roles: Set(ColorScheme.roles), isColor: { ColorScheme.parse($0) != nil })
    }

    /// The settings in force and the problems found; no file means the defaults.
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> (path: String?, settings: Settings, problems: [SettingsProblem]) {
        guard let path = SettingsLoader.path(environment: environment) else { return (nil, Settings(), []) }
        let (settings, problems) = SettingsLoader.load(path: path, rules: rules, home: environment["HOME"])
        return (path, settings, problems)
    }

    /// The site fetches ask: `$DAILYPAPERS_ENDPOINT`, else `endpoint` in config.toml, else
    /// huggingface.co (`fetch --endpoint` comes before all of them).
    static func endpoint(environment: [String: String]) -> String {
        if let value = environment["DAILYPAPERS_ENDPOINT"], !value.isEmpty { return value }
        return load(environment: environment).settings.endpoint ?? FetchSettings.endpoint(environment: [:])
    }

    static func keyMap(_ s: Settings) -> KeyMap {
        var overrides: [Action: [Key]] = [:]
        for (name, specs) in s.keys {
            if let action = Action(rawValue: name) { overrides[action] = specs.compactMap { Key(name: $0) } }
        }
        return KeyMap(overrides: overrides)
    }

    static func terminal(_ s: Settings) -> TerminalSettings {
        var t = TerminalSettings()
        t.browser = s.browser
        t.clipboard = s.clipboard
        for (role, spec) in s.colors { if let pair = ColorScheme.parse(spec) { t.colors.set(role, pair) } }
        return t
    }

    /// An example config.toml with every setting at its default (Resources/config.example.toml).
    static var example: String {
        func colour(_ p: ColorScheme.Pair) -> String {
            func name(_ c: Int16) -> String { ColorScheme.names.first { $0.value == c }?.key ?? String(c) }
            return p.background == -1 ? name(p.foreground) : "\(name(p.foreground)) on \(name(p.background))"
        }
        let c = ColorScheme()
        var lines = [
            "# dailypapers settings: $XDG_CONFIG_HOME/dailypapers/config.toml (or ~/.config/dailypapers/config.toml,",
            "# or the file in $DAILYPAPERS_CONFIG). Every setting is shown with its default.",
            "# 'dailypapers config' checks this file; a wrong setting keeps its default.",
            "",
            "# Digest folders to open when no PATH is given and $DAILYPAPERS_DIR is unset (~ is your home).",
            "digests = []",
            "",
            "# The site 'dailypapers fetch' and the F key ask for days. Default: $DAILYPAPERS_ENDPOINT, else:",
            "# endpoint = \"https://huggingface.co\"",
            "",
            "# The command that opens links; the URL is appended, or replaces %s. Default: $BROWSER, else xdg-open.",
            "# browser = \"firefox --new-tab\"",
            "",
            "# The command that copies its standard input. Default: wl-copy, xclip, xsel or pbcopy, whichever is",
            "# installed. OSC 52 is always sent to the terminal too.",
            "# clipboard = [\"xclip\", \"-selection\", \"clipboard\"]",
            "",
            "# Colours: \"FG\" or \"FG on BG\"; names (default black red green yellow blue magenta cyan white) or 0-255.",
            "# NO_COLOR in the environment turns colours off. The selection is reverse video unless set here.",
            "[colors]",
            "match = \"\(colour(c.match))\"",
            "key = \"\(colour(c.key))\"",
            "error = \"\(colour(c.error))\"",
            "chrome = \"\(colour(c.chrome))\"",
            "heading = \"\(colour(c.heading))\"",
            "# selection = \"black on cyan\"",
            "",
            "# Keys: one character, ctrl-x, or a name (up down left right page-up page-down home end enter tab",
            "# back-tab esc backspace delete space). Listing an action replaces its default keys.",
            "[keys]",
        ]
        for (action, keys) in KeyMap.defaults {
            let names = keys.map { "\"\($0.name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" }
            lines.append("\(action.rawValue) = [\(names.joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
