import Foundation
import Glibc

/// Copies text two ways: an OSC 52 sequence to the terminal (which works over SSH and in
/// tmux), and the desktop's clipboard tool when one is installed.
enum Clipboard {
    /// The tool to use in this environment, as an argument vector.
    static func tool(environment env: [String: String], configured: [String]? = nil) -> [String]? {
        if let configured, !configured.isEmpty { return configured }
        let path = env["PATH"]
        var candidates: [[String]] = []
        if !(env["WAYLAND_DISPLAY"] ?? "").isEmpty { candidates.append(["wl-copy"]) }
        if !(env["DISPLAY"] ?? "").isEmpty {
            candidates.append(["xclip", "-selection", "clipboard"])
            candidates.append(["xsel", "--clipboard", "--input"])
        }
        candidates.append(["pbcopy"])
        for c in candidates {
            if let full = Spawner.which(c[0], path: path) { return [full] + c.dropFirst() }
        }
        return nil
    }

    /// `ESC ] 52 ; c ; base64 BEL`. The text is ours (a link), but it is made printable anyway.
    static func osc52(_ text: String) -> String {
        let safe = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
        return "\u{1B}]52;c;\(Data(safe.utf8).base64EncodedString())\u{07}"
    }

    /// Copies and says how: "OSC 52" and the tool's name. The pid of the tool, if any, is
    /// for the caller to reap.
    static func copy(_ text: String, environment: [String: String], configured: [String]? = nil) -> (how: [String], pid: pid_t?, error: String?) {
        var how: [String] = []
        let sequence = Array(osc52(text).utf8)
        if sequence.withUnsafeBufferPointer({ write(STDOUT_FILENO, $0.baseAddress, $0.count) }) == sequence.count {
            how.append("OSC 52")
        }
        guard let tool = tool(environment: environment, configured: configured) else { return (how, nil, nil) }
        let name = String(tool[0].split(separator: "/").last ?? "")
        switch Spawner.spawn(tool, input: text) {
        case let .success(pid):
            how.append(name)
            return (how, pid, nil)
        case let .failure(e):
            return (how, nil, "\(name): \(e.message)")
        }
    }
}
