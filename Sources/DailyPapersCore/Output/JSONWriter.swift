/// A small JSON writer that keeps keys in the order written, so that output reads well
/// and diffs cleanly.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]

    public init() {}

    public mutating func beginObject() { value(); output += "{"; needsComma.append(false) }
    public mutating func endObject() { needsComma.removeLast(); output += "}" }
    public mutating func beginArray() { value(); output += "["; needsComma.append(false) }
    public mutating func endArray() { needsComma.removeLast(); output += "]" }

    public mutating func key(_ k: String) {
        value()
        Self.quote(k, into: &output)
        output += ":"
        pendingKey = true
    }
    private var pendingKey = false

    public mutating func string(_ s: String?) {
        value()
        if let s { Self.quote(s, into: &output) } else { output += "null" }
    }
    public mutating func int(_ n: Int?) { value(); output += n.map(String.init) ?? "null" }
    public mutating func bool(_ b: Bool) { value(); output += b ? "true" : "false" }

    public mutating func field(_ k: String, _ s: String?) { key(k); string(s) }
    public mutating func field(_ k: String, _ n: Int?) { key(k); int(n) }
    public mutating func field(_ k: String, _ b: Bool) { key(k); bool(b) }

    /// Writes the comma that separates this value from the previous one.
    private mutating func value() {
        if pendingKey { pendingKey = false; return }
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Controls, bidi and zero-width characters, and the two separators that break
                // JavaScript, as \u escapes: JSON shown raw in a terminal stays inert.
                if Sanitised.isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
