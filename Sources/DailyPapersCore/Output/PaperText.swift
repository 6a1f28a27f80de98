/// Everything about one paper as plain text, for `dailypapers show`.
public enum PaperText {
    public static func render(_ p: Paper, width: Int = 80) -> [String] {
        let w = max(20, width)
        var out: [String] = []
        out += DisplayWidth.wrap(Sanitised.inert(p.title), to: w)
        let days = p.appearances.map { a in "\(a.day) (\(a.votes.map { counted($0, "vote") } ?? "votes unknown"))" }
        out += DisplayWidth.wrap("\(p.id) · " + days.joined(separator: ", "), to: w)
        if !p.authors.isEmpty {
            let names = p.authors.joined(separator: ", ") + (p.authorsTruncated ? ", …and more" : "")
            out += DisplayWidth.wrap("Authors: " + Sanitised.inert(names), to: w)
        }
        out.append("")
        out.append("Abstract: \(p.absURL)")
        out.append("PDF:      \(p.pdfURL)")
        out.append("HF:       \(p.hfURL)")
        if let v = p.video { out.append("Video:    \(Sanitised.inert(v))") }
        for a in p.appearances { out.append("Source:   \(Sanitised.inert(a.source.description))") }
        if !p.summary.isEmpty { out.append("") }
        for b in p.summary {
            if let label = b.label {
                out.append(Sanitised.inert(label))
            }
            // Deep nesting stops indenting well before the text would have no room.
            let indent = String(repeating: "  ", count: min(b.level, max(0, (w - 12) / 2)))
            let bodyWidth = max(10, w - indent.count - 2)
            for (k, line) in DisplayWidth.wrap(Sanitised.inert(b.text), to: bodyWidth).enumerated() {
                out.append(indent + (k == 0 ? "- " : "  ") + line)
            }
        }
        return out
    }
}
