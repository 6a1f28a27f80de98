/// The two ways digests write authors: `A, B, +, C` and the Python literal `['A', "O'B"]`.
/// A lone `+` marks where the publisher shortened the list; it is not an author.
enum AuthorList {
    struct Parsed: Equatable {
        var names: [String] = []
        var truncated = false
    }

    static func commaSeparated(_ text: String) -> Parsed {
        var parsed = Parsed()
        for piece in text.split(separator: ",", omittingEmptySubsequences: true) {
            add(trim(piece), to: &parsed)
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
            add(trim(Substring(String(name))), to: &parsed)
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

    private static func trim(_ s: Substring) -> String {
        String(s.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

/// `**What's New**: text`, `***What's New***: text` and `**What's New:** text`.
enum BulletLabel {
    static func split(_ text: String) -> (label: String?, text: String) {
        guard text.hasPrefix("**") else { return (nil, text) }
        let stars = text.hasPrefix("***") ? "***" : "**"
        let afterOpen = text.index(text.startIndex, offsetBy: stars.count)
        guard let close = text.range(of: stars, range: afterOpen..<text.endIndex) else { return (nil, text) }
        var label = text[afterOpen..<close.lowerBound]
        var rest = text[close.upperBound...]
        var colon = false
        if label.hasSuffix(":") { label = label.dropLast(); colon = true }
        if rest.hasPrefix(":") { rest = rest.dropFirst(); colon = true }
        let trimmedLabel = label.trimmingSpaces
        guard colon, !trimmedLabel.isEmpty, trimmedLabel.count <= 80 else { return (nil, text) }
        return (trimmedLabel, rest.trimmingSpaces)
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
