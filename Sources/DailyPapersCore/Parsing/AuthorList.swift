/// The two ways digests write authors: `A, B, +, C` and the Python literal `['A', "O'B"]`.
/// A lone `+` marks where the publisher shortened the list; it is not an author.
enum AuthorList {
    struct Parsed: Equatable {
        var names: [String] = []
        var truncated = false
    }

    static func commaSeparated(_ text: String) -> Parsed {
        var parsed = Parsed()
        var text = text
        parsed.truncated = text.withUTF8 { bytes in
            eachCommaSeparated(bytes) { parsed.names.append(String(decoding: $0, as: UTF8.self)) }
        }
        return parsed
    }

    /// Hands each name of a comma-separated list to `name`, trimmed; returns whether the
    /// list was shortened with `+`. On UTF-8 bytes: a comma, a space and a tab are single
    /// bytes that never occur inside a multi-byte character, and this runs for every paper.
    static func eachCommaSeparated(_ bytes: UnsafeBufferPointer<UInt8>,
                                   _ name: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var truncated = false
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x2C {
            var from = start, to = i
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
            if to - from == 1 && bytes[from] == 0x2B { truncated = true }
            else if to > from { name(UnsafeBufferPointer(rebasing: bytes[from..<to])) }
            start = i + 1
        }
        return truncated
    }

    /// nil when `text` is not a well-formed list of quoted strings.
    static func pythonList(_ text: String) -> Parsed? {
        var text = text
        var names: [UInt8] = [], lengths: [Int] = []
        guard let truncated = text.withUTF8({ pythonList($0, names: &names, lengths: &lengths) }) else { return nil }
        var parsed = Parsed(truncated: truncated)
        var from = 0
        for n in lengths {
            parsed.names.append(String(decoding: names[from..<from + n], as: UTF8.self))
            from += n
        }
        return parsed
    }

    /// The same on UTF-8 bytes: the names laid end to end in `names`, their lengths in
    /// `lengths`; returns whether the list was shortened, or nil. Brackets, quotes,
    /// backslashes, commas, spaces and tabs are single bytes, so walking bytes finds the
    /// names that walking scalars would.
    static func pythonList(_ chars: UnsafeBufferPointer<UInt8>, names: inout [UInt8], lengths: inout [Int]) -> Bool? {
        guard chars.count >= 2, chars[0] == 0x5B, chars[chars.count - 1] == 0x5D else { return nil }
        var truncated = false
        var i = 1
        let end = chars.count - 1
        func skipSpace() { while i < end, chars[i] == 0x20 || chars[i] == 0x09 { i += 1 } }
        skipSpace()
        while i < end {
            let quote = chars[i]
            guard quote == 0x27 || quote == 0x22 else { return nil }
            i += 1
            let start = names.count
            var closed = false
            while i < end {
                let c = chars[i]
                if c == 0x5C, i + 1 < end { names.append(chars[i + 1]); i += 2; continue }
                if c == quote { closed = true; i += 1; break }
                names.append(c); i += 1
            }
            guard closed else { return nil }
            var from = start, to = names.count
            while from < to, names[from] == 0x20 || names[from] == 0x09 { from += 1 }
            while to > from, names[to - 1] == 0x20 || names[to - 1] == 0x09 { to -= 1 }
            if to - from == 1 && names[from] == 0x2B {
                truncated = true
                names.removeSubrange(start...)
            } else if to > from {
                if from > start { names.removeSubrange(start..<from); to -= from - start }
                names.removeSubrange(to...)
                lengths.append(to - start)
            } else {
                names.removeSubrange(start...)
            }
            skipSpace()
            if i < end {
                guard chars[i] == 0x2C else { return nil }
                i += 1
                skipSpace()
            }
        }
        return truncated
    }
}

/// `**What's New**: text`, `***What's New***: text` and `**What's New:** text`.
enum BulletLabel {
    static func split(_ text: String) -> (label: String?, text: String) {
        var text = text
        return text.withUTF8 { bytes in
            let (label, rest) = split(bytes)
            guard let label else { return (nil, String(decoding: bytes, as: UTF8.self)) }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[label]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[rest]), as: UTF8.self))
        }
    }

    /// The same on bytes, as ranges of `bytes`.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (label: Range<Int>?, text: Range<Int>) {
        let whole = 0..<bytes.count
        guard bytes.count >= 2, bytes[0] == 0x2A, bytes[1] == 0x2A else { return (nil, whole) }
        // Byte offsets throughout: `*`, `:`, space and tab are ASCII, so every cut below
        // falls between characters, and no Foundation search runs per bullet.
        let stars = bytes.count >= 3 && bytes[2] == 0x2A ? 3 : 2
        guard let close = find(stars: stars, in: bytes, from: stars) else { return (nil, whole) }
        var labelEnd = close
        var restStart = close + stars
        var colon = false
        if labelEnd > stars, bytes[labelEnd - 1] == 0x3A { labelEnd -= 1; colon = true }
        if restStart < bytes.count, bytes[restStart] == 0x3A { restStart += 1; colon = true }
        let label = trimmed(bytes, stars, labelEnd)
        guard colon, !label.isEmpty else { return (nil, whole) }
        // At most 80 characters: counted only when the bytes could be more.
        if label.count > 80,
           String(decoding: UnsafeBufferPointer(rebasing: bytes[label]), as: UTF8.self).count > 80 {
            return (nil, whole)
        }
        return (label, trimmed(bytes, restStart, bytes.count))
    }

    /// The first run of `stars` asterisks at or after `from`.
    private static func find(stars: Int, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i + stars <= bytes.count {
            var k = 0
            while k < stars, bytes[i + k] == 0x2A { k += 1 }
            if k == stars { return i }
            i += 1
        }
        return nil
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Range<Int> {
        var from = from, to = max(from, to)
        while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
        while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
        return from..<to
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
