import Foundation

/// Papers as BibTeX `@misc` entries with arXiv's `eprint` fields.
public enum BibTeX {
    /// A citation key that is the same for a paper whatever else is exported with it, and
    /// unique because it ends with the arXiv id: `agarwal2024layer-2404.16710`.
    public static func key(for p: Paper) -> String {
        let surname = p.authors.first.map { name in
            ascii(String(name.split(separator: " ").last ?? ""))
        } ?? ""
        let skip: Set<String> = ["a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "via", "towards", "toward"]
        let word = p.title.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { ascii(String($0)) }
            .first { !$0.isEmpty && !skip.contains($0) } ?? ""
        return (surname.isEmpty ? "anon" : surname) + String(year(of: p)) + word + "-" + p.id.replacingOccurrences(of: "/", with: ".")
    }

    /// The year of submission from the id (`2404.…` is 2024, `hep-th/99…` is 1999), else
    /// the year of the paper's first appearance.
    public static func year(of p: Paper) -> Int {
        let digits: Substring
        if let slash = p.id.firstIndex(of: "/") { digits = p.id[p.id.index(after: slash)...] } else { digits = p.id[...] }
        if let yy = Int(digits.prefix(2)), digits.prefix(2).allSatisfy(\.isNumber) {
            return yy >= 91 ? 1900 + yy : 2000 + yy
        }
        return p.appearances.last?.day.year ?? p.latest.day.year
    }

    public static func entry(_ p: Paper, note: String? = nil) -> String {
        var authors = p.authors.map { escape(Sanitised.inert($0)) }.joined(separator: " and ")
        if p.authorsTruncated { authors += authors.isEmpty ? "others" : " and others" }
        var fields: [(String, String)] = [
            ("title", "{" + escape(Sanitised.inert(p.title)) + "}"),
        ]
        if !authors.isEmpty { fields.append(("author", authors)) }
        fields += [
            ("year", String(year(of: p))),
            ("eprint", p.id),
            ("archivePrefix", "arXiv"),
            ("url", p.absURL),
        ]
        if let note, !note.isEmpty { fields.append(("note", escape(Sanitised.inert(note)))) }
        let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@misc{\(key(for: p)),\n\(body)\n}\n"
    }

    /// Letters only, accents dropped, lower case: what a key may hold.
    static func ascii(_ s: String) -> String {
        let plain = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(plain.unicodeScalars.filter { $0.isASCII && CharacterSet.letters.contains($0) }.map(Character.init)).lowercased()
    }

    /// Escapes what BibTeX or LaTeX would misread: `&`, `%`, `#` anywhere; `_`, `^`, `~`
    /// and backslashes outside `$…$` math (titles write `$\times$`); a `$` without a
    /// partner. Braces are kept as grouping when they balance; else each one is written as
    /// a command, as BibTeX counts every brace in a field, escaped or not.
    static func escape(_ s: String) -> String {
        var depth = 0
        var balanced = true
        var dollars = 0
        for c in s {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1; if depth < 0 { balanced = false } }
            if c == "$" { dollars += 1 }
        }
        if depth != 0 { balanced = false }
        let paired = dollars / 2 * 2
        var out = "", inMath = false, seen = 0
        for c in s {
            switch c {
            case "$":
                if seen < paired { inMath.toggle(); out.append(c) } else { out += "\\$" }
                seen += 1
            case "&", "%", "#": out += "\\" + String(c)
            case "{": out += balanced ? "{" : "\\textbraceleft{}"
            case "}": out += balanced ? "}" : "\\textbraceright{}"
            case "_" where !inMath: out += "\\_"
            case "^" where !inMath: out += "\\^{}"
            case "~" where !inMath: out += "\\~{}"
            case "\\" where !inMath: out += "\\textbackslash{}"
            default: out.append(c)
            }
        }
        return out
    }
}
