import Foundation

/// Where the state file lives: `--state`, else `$DAILYPAPERS_STATE`, else
/// `$XDG_STATE_HOME/dailypapers/state.sqlite`, else `~/.local/state/dailypapers/state.sqlite`.
public enum StateLocation {
    public static func path(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["DAILYPAPERS_STATE"], !env.isEmpty { return env }
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/dailypapers/state.sqlite" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/dailypapers/state.sqlite"
    }
}
