import ArgumentParser
import DailyPapersCore
import DailyPapersStore

/// `dailypapers show ID`: everything about one paper.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything about one paper, with your marks and note."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The paper's arXiv id (2404.16710), with or without a version suffix, or its URL.")
    var id: String

    @OptionGroup var digests: DigestPaths

    @Option(help: "Output: text or json.")
    var format: Format = .text

    @OptionGroup var state: StateOptions

    func run() throws {
        let key = ArxivID.fromURL(id[...]) ?? ArxivID.normalise(id[...])
        guard let key else {
            throw CLIError("'\(Sanitised.short(id))' is not an arXiv id; ids look like 2404.16710 or hep-th/9901001")
        }
        let catalog = try digests.load()
        guard let p = catalog.library.position(of: key) else {
            throw CLIError("no paper \(key) in the digests read; 'dailypapers list --query id:\(key.prefix(4))' lists near ids")
        }
        let mark = try state.mark(of: catalog.papers[p].id) ?? PaperMark()
        switch format {
        case .json:
            Output.stdout(PaperWriter(papers: catalog.papers).json(Hit(paper: p, appearance: 0, score: 0)) { w in
                w.field("read", mark.read); w.field("starred", mark.starred); w.field("note", mark.note)
            } + "\n")
        case .text:
            var lines = PaperText.render(catalog.papers[p], width: Output.terminalWidth ?? 80)
            // Yours, after where the paper came from.
            let after = (lines.lastIndex { $0.hasPrefix("Source:") } ?? lines.count - 1) + 1
            lines.insert(contentsOf: Self.lines(of: mark), at: after)
            Output.stdout(lines.joined(separator: "\n") + "\n")
        }
        Output.mentionProblems(catalog.library)
    }

    /// `Marks:` and `Note:` lines, aligned with the links above them; none for no marks.
    static func lines(of mark: PaperMark) -> [String] {
        var out: [String] = []
        let flags = [mark.starred ? "★ starred" : nil, mark.read ? "read" : nil].compactMap { $0 }
        if !flags.isEmpty { out.append("Marks:    " + flags.joined(separator: " · ")) }
        if let note = mark.note {
            let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitised.inert(String($0)) }
            out += ["Note:     " + noteLines[0]] + noteLines.dropFirst().map { "          " + $0 }
        }
        return out
    }
}
