/// Recognises arXiv identifiers and the links that carry them.
///
/// The identifier, without its version suffix, is a paper's identity; every link the
/// reader opens is rebuilt from it, never taken from the file.
public enum ArxivID {
    /// The id in `url` when it is an arXiv abstract or PDF page or a Hugging Face paper page
    /// (`http` or `https`, optional `www.`, optional version suffix), else nil.
    public static func fromURL(_ url: Substring) -> String? {
        var url = url
        if let id = url.withUTF8({ bytes -> String?? in
            bytes.allSatisfy({ $0 < 0x80 }) ? .some(fromASCIIURL(bytes)) : .none
        }) { return id }
        return fromURLCharacters(url)
    }

    /// `fromURL` read character by character: the path for links with non-ASCII text, and
    /// what the byte path is tested against.
    static func fromURLCharacters(_ url: Substring) -> String? {
        var rest = url[...]
        if rest.hasPrefix("https://") { rest = rest.dropFirst(8) }
        else if rest.hasPrefix("http://") { rest = rest.dropFirst(7) }
        else { return nil }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        let prefixes = ["arxiv.org/abs/", "arxiv.org/pdf/", "huggingface.co/papers/"]
        guard let prefix = prefixes.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(prefix.count)
        // Tolerate a trailing slash, query or fragment, and `.pdf` on PDF links.
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        if prefix == "arxiv.org/pdf/", rest.hasSuffix(".pdf") { rest = rest.dropLast(4) }
        return normalise(rest)
    }

    /// `fromURL` on the bytes of an ASCII URL, as nearly all are. There a byte is a
    /// character (no LF in a line, so no CR LF pair), and no string is compared by
    /// characters, which cost more than all the rest of reading a paper's heading.
    static func fromASCIIURL(_ url: UnsafeBufferPointer<UInt8>) -> String? {
        var from = 0, to = url.count
        func has(_ prefix: StaticString, at i: Int? = nil) -> Bool {
            let at = i ?? from, n = prefix.utf8CodeUnitCount
            guard at >= from, to - at >= n else { return false }
            for k in 0..<n where url[at + k] != prefix.utf8Start[k] { return false }
            return true
        }
        if has("https://") { from += 8 } else if has("http://") { from += 7 } else { return nil }
        if has("www.") { from += 4 }
        var pdf = false
        if has("arxiv.org/abs/") { from += 14 }
        else if has("arxiv.org/pdf/") { from += 14; pdf = true }
        else if has("huggingface.co/papers/") { from += 22 }
        else { return nil }
        if let cut = url[from..<to].firstIndex(where: { $0 == 0x3F || $0 == 0x23 }) { to = cut }
        while to > from, url[to - 1] == 0x2F { to -= 1 }
        if pdf, has(".pdf", at: to - 4) { to -= 4 }
        return normalise(UnsafeBufferPointer(rebasing: url[from..<to]))
    }

    /// The id without its version suffix when `text` is a well-formed new-style
    /// (`2404.16710`, `2404.16710v2`) or old-style (`hep-th/9901001`) id, else nil.
    public static func normalise(_ text: Substring) -> String? {
        var text = text
        return text.withUTF8 { normalise($0) }
    }

    static func normalise(_ s: UnsafeBufferPointer<UInt8>) -> String? {
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        // Drop `vN`.
        var end = s.count
        var i = end
        while i > 0, isDigit(s[i - 1]) { i -= 1 }
        if i < end, i > 0, s[i - 1] == UInt8(ascii: "v") { end = i - 1 }
        let core = s[0..<end]
        if let dot = core.firstIndex(of: UInt8(ascii: ".")), dot == 4,
           core[..<dot].allSatisfy(isDigit) {
            let tail = core[(dot + 1)...]
            guard (4...5).contains(tail.count), tail.allSatisfy(isDigit) else { return nil }
            return String(decoding: core, as: UTF8.self)
        }
        if let slash = core.firstIndex(of: UInt8(ascii: "/")) {
            let archive = core[..<slash]
            let number = core[(slash + 1)...]
            func archiveByte(_ b: UInt8) -> Bool {
                (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
                    || (b >= 0x41 && b <= 0x5A)
            }
            guard !archive.isEmpty, archive.count <= 20, archive.allSatisfy(archiveByte),
                  archive.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true,
                  number.count == 7, number.allSatisfy(isDigit) else { return nil }
            return String(decoding: core, as: UTF8.self)
        }
        return nil
    }

    /// The arXiv abstract page.
    public static func absURL(_ id: String) -> String { "https://arxiv.org/abs/\(id)" }
    /// The arXiv PDF.
    public static func pdfURL(_ id: String) -> String { "https://arxiv.org/pdf/\(id)" }
    /// The Hugging Face paper page.
    public static func hfURL(_ id: String) -> String { "https://huggingface.co/papers/\(id)" }
}
