import ArgumentParser
import DailyPapersCore

/// `dailypapers show ID`: everything about one paper.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything about one paper."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The paper's arXiv id (2404.16710), with or without a version suffix, or its URL.")
    var id: String

    @OptionGroup var digests: DigestPaths

    @Option(help: "Output: text or json.")
    var format: Format = .text

    func run() throws {
        let key = ArxivID.fromURL(id[...]) ?? ArxivID.normalise(id[...])
        guard let key else {
            throw CLIError("'\(Sanitised.short(id))' is not an arXiv id; ids look like 2404.16710 or hep-th/9901001")
        }
        let catalog = try digests.load()
        guard let p = catalog.library.position(of: key) else {
            throw CLIError("no paper \(key) in the digests read; 'dailypapers list --query id:\(key.prefix(4))' lists near ids")
        }
        switch format {
        case .json:
            Output.stdout(PaperWriter(papers: catalog.papers).json(Hit(paper: p, appearance: 0, score: 0)) + "\n")
        case .text:
            let lines = PaperText.render(catalog.papers[p], width: Output.terminalWidth ?? 80)
            Output.stdout(lines.joined(separator: "\n") + "\n")
        }
        Output.mentionProblems(catalog.library)
    }
}
