import ArgumentParser
import DailyPapersCore
import DailyPapersStore

/// `dailypapers export`: papers with the user's marks, as BibTeX, JSON or Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export papers with your marks and notes as BibTeX, JSON or Markdown.",
        discussion: "Exports every paper that matches --query (all papers without one): --query is:starred exports your stars."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case bibtex, json, markdown }

    @OptionGroup var digests: DigestPaths
    @OptionGroup var state: StateOptions

    @Option(name: [.short, .long], parsing: .unconditional, help: "Only papers matching this query (is:starred, has:note, …).")
    var query: String = ""

    @Option(help: "Order: \(SortOrder.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sort: SortOrder = .votes

    @Option(help: "Output: bibtex, json or markdown.")
    var format: Format = .bibtex

    func run() throws {
        let q: Query
        do { q = try QueryParser.parse(query) } catch {
            throw CLIError("--query \"\(Sanitised.short(query, limit: 200))\": \(error.description)")
        }
        let catalog = try digests.load()
        let marks = try state.openForMarks(needed: StateOptions.asksAboutMarks(q))?.loadMarks() ?? [:]
        let flags = PaperMarks(papers: catalog.papers, marks: marks)
        let hits = catalog.search(q, order: sort, marks: { flags[$0] })
        var out = Output.Buffered()
        switch format {
        case .bibtex:
            for (k, h) in hits.enumerated() {
                let p = catalog.papers[h.paper]
                out.write((k == 0 ? "" : "\n") + BibTeX.entry(p, note: marks[p.id]?.note))
            }
        case .json:
            let writer = PaperWriter(papers: catalog.papers)
            out.write("[")
            for (k, h) in hits.enumerated() {
                let m = marks[catalog.papers[h.paper].id] ?? PaperMark()
                out.write((k == 0 ? "\n" : ",\n") + writer.json(h) { w in
                    w.field("read", m.read); w.field("starred", m.starred); w.field("note", m.note)
                })
            }
            out.write(hits.isEmpty ? "]\n" : "\n]\n")
        case .markdown:
            for h in hits {
                let p = catalog.papers[h.paper]
                let a = p.appearances[h.appearance]
                let m = marks[p.id] ?? PaperMark()
                let votes = a.votes.map { counted($0, "vote") } ?? "votes unknown"
                let star = m.starred ? " ★" : ""
                out.write("- [\(markdownText(a.title))](\(p.absURL))\(star) — \(markdownText(p.authors.prefix(3).joined(separator: ", ")))"
                    + "\(p.authors.count > 3 || p.authorsTruncated ? " et al." : "") (\(a.day), \(votes))\n")
                if let note = m.note { out.write("  - \(markdownText(note))\n") }
            }
        }
        out.flush()
        Output.mentionProblems(catalog.library)
    }

    /// Text safe inside a Markdown list item and link text.
    private func markdownText(_ s: String) -> String {
        Sanitised.inert(s).replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }
}
