import Foundation
import TOMLKit

/// Reads config.toml. A missing file gives the defaults; a wrong setting is a problem
/// naming the file, line and key, and that setting keeps its default.
public enum SettingsLoader {
    /// `$DAILYPAPERS_CONFIG`, else `$XDG_CONFIG_HOME/dailypapers/config.toml`, else
    /// `~/.config/dailypapers/config.toml`.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let p = environment["DAILYPAPERS_CONFIG"], !p.isEmpty { return p }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/dailypapers/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/dailypapers/config.toml"
    }

    /// What the caller knows how to check: the names of actions and colour roles, whether a
    /// colour is well formed, and a key's one name (`PgDn` and `page-down` are one key), nil
    /// for what is not a key.
    public struct Rules {
        public var actions: Set<String>
        public var keyName: (String) -> String?
        public var roles: Set<String>
        public var isColor: (String) -> Bool
        public init(actions: Set<String>, keyName: @escaping (String) -> String?, roles: Set<String>, isColor: @escaping (String) -> Bool) {
            self.actions = actions; self.keyName = keyName; self.roles = roles; self.isColor = isColor
        }
    }

    public static func load(path: String, rules: Rules, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> (Settings, [SettingsProblem]) {
        guard FileManager.default.fileExists(atPath: path) else { return (Settings(), []) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return (Settings(), [SettingsProblem(path: path, line: 0, key: "", message: "cannot read it as UTF-8 text; using the defaults")])
        }
        return parse(text, path: path, rules: rules, home: home)
    }

    public static func parse(_ text: String, path: String, rules: Rules, home: String?) -> (Settings, [SettingsProblem]) {
        var settings = Settings()
        var problems: [SettingsProblem] = []
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            return (settings, [SettingsProblem(path: path, line: e.source.begin.line, key: "",
                                               message: "\(e.description); using the defaults")])
        } catch {
            return (settings, [SettingsProblem(path: path, line: 0, key: "", message: "\(error); using the defaults")])
        }
        let lines = TOMLLines(text)
        func problem(_ key: String, in section: String? = nil, _ message: String) {
            let name = section.map { "\($0).\(key)" } ?? key
            problems.append(SettingsProblem(path: path, line: lines.line(of: key, in: section), key: name, message: message))
        }
        func words(_ value: TOMLValueConvertible, _ key: String) -> [String]? {
            if let s = value.string {
                let w = s.split(separator: " ").map(String.init)
                if w.isEmpty { problem(key, "is empty; using the default") ; return nil }
                return w
            }
            if let a = value.array, a.allSatisfy({ $0.string != nil }), !a.isEmpty {
                return a.compactMap { $0.string }
            }
            problem(key, "should be a command: a string, or an array of strings; using the default")
            return nil
        }
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "digests":
                if let a = value.array, a.allSatisfy({ $0.string != nil }) {
                    settings.digests = a.compactMap { $0.string }.map { expand($0, home: home) }
                } else if let s = value.string {
                    settings.digests = [expand(s, home: home)]
                } else {
                    problem(key, "should be an array of folder paths; using the default")
                }
            case "endpoint":
                if let s = value.string, s.hasPrefix("https://") || s.hasPrefix("http://") {
                    settings.endpoint = s
                } else {
                    problem(key, "should be an http or https URL, such as \"https://huggingface.co\"; using the default")
                }
            case "browser": settings.browser = words(value, key)
            case "clipboard": settings.clipboard = words(value, key)
            case "colors":
                guard let t = value.table else { problem(key, "should be a table, [colors]; using the defaults"); continue }
                for role in t.keys.sorted() {
                    guard rules.roles.contains(role) else {
                        problem(role, in: "colors", "is not a colour role; roles are \(rules.roles.sorted().joined(separator: ", "))")
                        continue
                    }
                    let form = "\"black on yellow\" (names or numbers 0–255, default)"
                    guard let spec = t[role]?.string else {
                        problem(role, in: "colors", "should be a string like \(form); using the default")
                        continue
                    }
                    guard rules.isColor(spec) else {
                        problem(role, in: "colors", "'\(spec)' is not a colour; write it like \(form); using the default")
                        continue
                    }
                    settings.colors[role] = spec
                }
            case "keys":
                guard let t = value.table else { problem(key, "should be a table, [keys]; using the defaults"); continue }
                // Which action each key went to: a key given to two would do only one of
                // them, and the first in the file keeps it.
                var taken: [String: String] = [:]
                let place = Dictionary(uniqueKeysWithValues: t.keys.map { ($0, lines.place(of: $0, in: "keys")) })
                for action in t.keys.sorted(by: { (place[$0]!.line, place[$0]!.column, $0) < (place[$1]!.line, place[$1]!.column, $1) }) {
                    guard rules.actions.contains(action) else {
                        problem(action, in: "keys", "is not an action; see the [keys] table of the example config")
                        continue
                    }
                    let specs: [String]?
                    if let s = t[action]?.string { specs = [s] }
                    else if let a = t[action]?.array, a.allSatisfy({ $0.string != nil }) { specs = a.compactMap { $0.string } }
                    else { specs = nil }
                    guard let specs else {
                        problem(action, in: "keys", "should be a key or an array of keys; using the default")
                        continue
                    }
                    if let bad = specs.first(where: { rules.keyName($0) == nil }) {
                        problem(action, in: "keys", "'\(bad)' is not a key (one character, ctrl-x, or a name such as enter, esc, up, page-down); using the default")
                        continue
                    }
                    if let spec = specs.first(where: { taken[rules.keyName($0)!] != nil }) {
                        problem(action, in: "keys", "'\(spec)' is also given to \(taken[rules.keyName(spec)!]!); using the default")
                        continue
                    }
                    for spec in specs { taken[rules.keyName(spec)!] = action }
                    settings.keys[action] = specs
                }
            default:
                problem(key, "is not a setting; settings are digests, endpoint, browser, clipboard, [colors] and [keys]")
            }
        }
        return (settings, problems.sorted { ($0.line, $0.key) < ($1.line, $1.key) })
    }

    static func expand(_ path: String, home: String?) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home else { return path }
        return home + path.dropFirst()
    }
}

/// Finds the line of a key in TOML text, for messages (TOMLKit keeps no positions).
struct TOMLLines {
    let lines: [Substring]
    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// 1-based; 0 when not found. `section` nil means the top level, before any `[table]`.
    func line(of key: String, in section: String?) -> Int { place(of: key, in: section).line }

    /// The line and the column of a key, to order keys as the file does: in `[section]`,
    /// as `section.key = …` at the top level, or inside `section = { key = … }`.
    func place(of key: String, in section: String?) -> (line: Int, column: Int) {
        var current: String?
        let names = [key, "\"\(key)\"", "'\(key)'"]
        func assigns(_ text: Substring, _ name: String) -> Bool {
            text.hasPrefix(name) && text.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }.hasPrefix("=")
        }
        for (k, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)[...]
            if line.hasPrefix("[") {
                current = line.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                if section == nil && current == key { return (k + 1, 0) }
                continue
            }
            if current == section, names.contains(where: { assigns(line, $0) }) { return (k + 1, 0) }
            guard current == nil, let section else { continue }
            if names.contains(where: { assigns(line, section + "." + $0) }) { return (k + 1, 0) }
            guard assigns(line, section), let brace = line.firstIndex(of: "{") else { continue }
            var at = line.index(after: brace)
            while at < line.endIndex {
                let rest = line[at...].drop { $0 == " " || $0 == "," }
                if names.contains(where: { assigns(rest, $0) }) { return (k + 1, line.distance(from: line.startIndex, to: rest.startIndex)) }
                at = line.index(after: at)
            }
        }
        return (0, 0)
    }
}
