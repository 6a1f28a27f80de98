/// The two ways digests write authors: `A, B, +, C` and the Python literal `['A', "O'B"]`.
/// A lone `+` marks where the publisher shortened the list; it is not an author.
enum AuthorList {
    struct Parsed: Equatable {
        var names: [String] = []
        var truncated = false
    }

    static func commaSeparated(_ text: String) -> Parsed {
        var parsed = Parsed()
        // On UTF-8 bytes: a comma, a space and a tab are single bytes that never occur
        // inside a multi-byte character, and this runs for every paper of a large corpus.
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x2C {
                if i > start { add(trimmed(bytes, start, i), to: &parsed) }
                start = i + 1
            }
        }
        return parsed
    }

    /// nil when `text` is not a well-formed list of quoted strings.
    static func pythonList(_ text: String) -> Parsed? {
        let chars = Array(text.unicodeScalars)
        guard chars.first == "[", chars.last == "]" else { return nil }
        var parsed = Parsed()
        var i = 1
        let end = chars.count - 1
        func skipSpace() { while i < end, chars[i] == " " || chars[i] == "\t" { i += 1 } }
        skipSpace()
        while i < end {
            let quote = chars[i]
            guard quote == "'" || quote == "\"" else { return nil }
            i += 1
            var name = String.UnicodeScalarView()
            var closed = false
            while i < end {
                let c = chars[i]
                if c == "\\", i + 1 < end { name.append(chars[i + 1]); i += 2; continue }
                if c == quote { closed = true; i += 1; break }
                name.append(c); i += 1
            }
            guard closed else { return nil }
            add(trim(String(name)), to: &parsed)
            skipSpace()
            if i < end {
                guard chars[i] == "," else { return nil }
                i += 1
                skipSpace()
            }
        }
        return parsed
    }

    private static func add(_ name: String, to parsed: inout Parsed) {
        if name == "+" { parsed.truncated = true } else if !name.isEmpty { parsed.names.append(name) }
    }

    private static func trim(_ s: String) -> String {
        var s = s
        return s.withUTF8 { trimmed($0, 0, $0.count) }
    }

    /// The bytes `from..<to` without surrounding spaces and tabs, as a string.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var from = from, to = to
        while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
        while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}

/// `**What's New**: text`, `***What's New***: text` and `**What's New:** text`.
enum BulletLabel {
    static func split(_ text: String) -> (label: String?, text: String) {
        guard text.utf8.starts(with: "**".utf8) else { return (nil, text) }
        // Byte offsets throughout: `*`, `:`, space and tab are ASCII, so every cut below
        // falls between characters, and no Foundation search runs per bullet.
        let bytes = Array(text.utf8)
        let stars = bytes.starts(with: "***".utf8) ? 3 : 2
        guard let close = find(stars: stars, in: bytes, from: stars) else { return (nil, text) }
        var labelEnd = close
        var restStart = close + stars
        var colon = false
        if labelEnd > stars, bytes[labelEnd - 1] == 0x3A { labelEnd -= 1; colon = true }
        if restStart < bytes.count, bytes[restStart] == 0x3A { restStart += 1; colon = true }
        let label = trimmed(bytes, stars, labelEnd)
        guard colon, !label.isEmpty, label.count <= 80 else { return (nil, text) }
        return (label, trimmed(bytes, restStart, bytes.count))
    }

    /// The first run of `stars` asterisks at or after `from`.
    private static func find(stars: Int, in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        while i + stars <= bytes.count {
            var k = 0
            while k < stars, bytes[i + k] == 0x2A { k += 1 }
            if k == stars { return i }
            i += 1
        }
        return nil
    }

    private static func trimmed(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        var from = from, to = max(from, to)
        while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
        while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }
}

/// The `src` of a `<video …>` tag, in either quoting.
enum HTMLVideo {
    static func source(in html: String) -> String? {
        guard html.contains("<video"), let src = html.range(of: "src=") else { return nil }
        let rest = html[src.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let body = rest.dropFirst()
        guard let close = body.firstIndex(of: quote) else { return nil }
        let url = body[..<close].trimmingSpaces
        return url.isEmpty ? nil : url
    }
}

extension Substring {
    var trimmingSpaces: String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
