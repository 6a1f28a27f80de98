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
    /// and backslashes outside math (`$…$` or `$$…$$`, as titles write `$\times$`); a `$`
    /// without a partner. Braces that pair are kept as grouping; one that does not is
    /// written as a command (`\textbraceleft{}`, in math `\lbrace{}`), as BibTeX counts
    /// every brace in a field, escaped or not.
    static func escape(_ s: String) -> String {
        let chars = Array(s)
        // Math delimiters: `$$` counts as one. Paired in order; a last one alone is text.
        var delimiters: [Int] = []
        var i = 0
        while i < chars.count {
            if chars[i] == "$" {
                delimiters.append(i)
                i += i + 1 < chars.count && chars[i + 1] == "$" ? 2 : 1
            } else {
                i += 1
            }
        }
        let pairedDelimiters = Set(delimiters.prefix(delimiters.count / 2 * 2))
        // Braces that pair, by a stack.
        var open: [Int] = [], paired = Set<Int>()
        for (k, c) in chars.enumerated() {
            if c == "{" { open.append(k) } else if c == "}", let o = open.popLast() { paired.insert(o); paired.insert(k) }
        }
        var out = "", inMath = false
        i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "$" {
                let double = i + 1 < chars.count && chars[i + 1] == "$"
                if pairedDelimiters.contains(i) { inMath.toggle(); out += double ? "$$" : "$" } else { out += double ? "\\$\\$" : "\\$" }
                i += double ? 2 : 1
                continue
            }
            switch c {
            case "&", "%", "#": out += "\\" + String(c)
            case "{" where !paired.contains(i): out += inMath ? "\\lbrace{}" : "\\textbraceleft{}"
            case "}" where !paired.contains(i): out += inMath ? "\\rbrace{}" : "\\textbraceright{}"
            case "_" where !inMath: out += "\\_"
            case "^" where !inMath: out += "\\^{}"
            case "~" where !inMath: out += "\\~{}"
            case "\\" where !inMath: out += "\\textbackslash{}"
            default: out.append(c)
            }
            i += 1
        }
        return out
    }
}
