import ArgumentParser
import DailyPapersCore

/// `dailypapers days`: each day with its number of papers and its top vote.
struct DaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "days",
        abstract: "List each day with its number of papers and its top vote, newest first."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, tsv }

    @OptionGroup var digests: DigestPaths

    @Option(help: "Output: table, json or tsv.")
    var format: Format = .table

    func run() throws {
        let catalog = try digests.load()
        let days = catalog.library.days.reversed()
        var out = Output.Buffered()
        switch format {
        case .table:
            out.write("DAY         PAPERS  TOP\n")
            for d in days {
                out.write("\(d.day)  \(DisplayWidth.pad(String(d.papers), to: 6, right: true))  "
                    + "\(DisplayWidth.pad(d.topVotes.map(String.init) ?? "-", to: 3, right: true))\n")
            }
        case .tsv:
            out.write("day\tpapers\ttopVotes\n")
            for d in days { out.write("\(d.day)\t\(d.papers)\t\(d.topVotes.map(String.init) ?? "")\n") }
        case .json:
            var w = JSONWriter()
            w.beginArray()
            for d in days {
                w.beginObject(); w.field("day", d.day.description); w.field("papers", d.papers)
                w.field("topVotes", d.topVotes); w.endObject()
            }
            w.endArray()
            out.write(w.output + "\n")
        }
        out.flush()
        Output.mentionProblems(catalog.library)
    }
}
