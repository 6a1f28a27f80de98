import DailyPapersCore
import Foundation

/// Makes API text safe to put on one line of a digest: a stray newline in a title would
/// otherwise end the heading, and a control character would reach the reader's file.
enum TextCleaner {
    /// NFC, every run of white space (line breaks included) as one space, other control and
    /// invisible formatting characters dropped, trimmed.
    static func line(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if s.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else if Sanitised.isUnsafe(s) {
                continue
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(s)
            }
        }
        return String(out)
    }

    /// An `http(s)` URL that can stand inside `![](…)`: the parser ends it at the first `)`,
    /// so parentheses and spaces are percent-encoded. nil for anything else.
    static func url(_ text: String) -> String? {
        let trimmed = line(text)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), trimmed.count > 8 else { return nil }
        var out = ""
        for s in trimmed.unicodeScalars {
            switch s {
            case "(": out += "%28"
            case ")": out += "%29"
            case " ": out += "%20"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
