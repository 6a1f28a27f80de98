import DailyPapersCore

/// Writes a fetched day in the digest format (docs/digest-format.md), laid out like the
/// published digests so that a fetched day and an archived one read the same.
public enum DigestWriter {
    /// The whole file: the day's heading, then the papers by votes, high first; papers with
    /// equal votes keep the API's order.
    public static func digest(day: Day, papers: [FetchedPaper]) -> String {
        let ordered = papers.enumerated().sorted {
            $0.element.votes != $1.element.votes ? $0.element.votes > $1.element.votes : $0.offset < $1.offset
        }
        var out = "## Daily Papers (\(day))\n\n"
        for (_, paper) in ordered { out += entry(paper) }
        return out
    }

    /// One paper, ending with a blank line.
    static func entry(_ p: FetchedPaper) -> String {
        var out = "### [\(p.title)](\(ArxivID.absURL(p.id)))\n\n"
        if let thumbnail = p.thumbnail { out += "![](\(thumbnail))\n\n" }
        out += "Vote: \(p.votes)\n\n"
        if !p.authors.isEmpty { out += "Authors: \(authors(p.authors))\n\n" }
        if !p.bullets.isEmpty {
            for bullet in p.bullets { out += "- \(bullet)\n" }
            out += "\n"
        }
        return out
    }

    /// `A, B, C`; the Python list form when a name holds a comma or the list would start
    /// with `[`, since the plain form would read back as different names.
    static func authors(_ names: [String]) -> String {
        let plainIsSafe = names.allSatisfy { !$0.contains(",") } && names.first?.hasPrefix("[") != true
        if plainIsSafe { return names.joined(separator: ", ") }
        let quoted = names.map { name -> String in
            var s = "'"
            for c in name {
                if c == "'" || c == "\\" { s.append("\\") }
                s.append(c)
            }
            return s + "'"
        }
        return "[" + quoted.joined(separator: ", ") + "]"
    }
}
