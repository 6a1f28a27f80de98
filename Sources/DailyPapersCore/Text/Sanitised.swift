/// Makes text from a digest safe to write to a terminal.
///
/// Digest text is untrusted: it may hold ESC, CSI, OSC (title changes, OSC 52 clipboard
/// writes), C1 controls, bidi overrides and zero-width characters. Every such scalar is
/// dropped or replaced by a visible stand-in before anything reaches a terminal.
public enum Sanitised {
    /// True for scalars that must never be written to a terminal as they are.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        switch v {
        case 0x00...0x1F, 0x7F...0x9F: return true                 // C0, DEL, C1
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F:    // zero width, bidi
            return true
        case 0x061C, 0xFEFF, 0xFFF9...0xFFFB: return true             // Arabic letter mark (bidi), BOM
        default: return false
        }
    }

    /// `text` with line breaks and tabs turned into spaces and every other unsafe scalar
    /// replaced by `�`, so that what was there stays visible without acting.
    public static func inert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if !isUnsafe(s) { out.append(s) }
            else if s == "\n" || s == "\t" || s == "\r" { out.append(" ") }
            else if s.value >= 0x200B || s.value == 0x061C { continue }   // invisible formatting: drop
            else { out.append("\u{FFFD}") }
        }
        return String(out)
    }

    /// `inert`, cut to `limit` characters with `…`: for quoting input inside a message.
    public static func short(_ text: String, limit: Int = 60) -> String {
        let safe = inert(text)
        return safe.count <= limit ? safe : String(safe.prefix(limit - 1)) + "…"
    }
}
