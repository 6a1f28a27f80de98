import Foundation

/// What config.toml sets. Every field has a default, used when the file or the setting is
/// missing or wrong.
public struct Settings: Hashable, Sendable {
    /// Digest folders opened when no PATH is given (after `$DAILYPAPERS_DIR`); `~` expanded.
    public var digests: [String] = []
    /// The command that opens links, as words; nil: `$BROWSER`, else xdg-open.
    public var browser: [String]?
    /// The command that copies its standard input, as words; nil: the first of wl-copy,
    /// xclip, xsel, pbcopy that is installed. OSC 52 is written in any case.
    public var clipboard: [String]?
    /// The site `dailypapers fetch` asks; nil: `$DAILYPAPERS_ENDPOINT`, else huggingface.co.
    public var endpoint: String?
    /// `[colors]`: role → `"FG"` or `"FG on BG"`.
    public var colors: [String: String] = [:]
    /// `[keys]`: action → its keys, replacing the defaults of that action.
    public var keys: [String: [String]] = [:]

    public init() {}
}

/// A wrong setting: the reader says so and starts with the default for it.
public struct SettingsProblem: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    /// 0 when the line is not known.
    public let line: Int
    public let key: String
    public let message: String
    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}
