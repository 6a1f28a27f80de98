import DailyPapersCore
import FuzzSupport

/// Fuzzes everything a digest's bytes flow through: parser, library, index, a query with
/// highlights, every output format. It checks what must hold for any input, beyond not
/// crashing: ids are valid arXiv ids, problems name a line inside the file, output is inert.
@main
enum ParserFuzzer {
    static func main() {
        FuzzMain.run { bytes in check(Array(bytes)) }
    }

    static func check(_ bytes: [UInt8]) {
        let parsed = DigestParser().parse(bytes, path: "fuzz.md")
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } + bytes.reduce(0) { $0 + ($1 == 0x0D ? 1 : 0) }
        for p in parsed.problems { precondition(p.line >= 0 && p.line <= lines, "problem line \(p.line) past the end") }
        for r in parsed.records { precondition(ArxivID.normalise(r.id[...]) == r.id, "invalid id \(r.id)") }
        let library = Loader.load(contents: [(path: "fuzz.md", bytes: bytes)])
        let catalog = Catalog(library)
        for text in ["e 모델", "ㅁㄷ -video votes:>=1"] {
            guard let query = try? QueryParser.parse(text) else { continue }
            for hit in catalog.search(query, order: .relevance).prefix(5) {
                let h = catalog.highlights(query, paper: hit.paper)
                let paper = catalog.papers[hit.paper]
                for r in h.title { precondition(r.upperBound <= paper.title.utf8.count, "title highlight past the end") }
            }
        }
        let hits = catalog.search(Query(), order: .day)
        let writer = PaperWriter(papers: catalog.papers, width: 60)
        for format in PaperFormat.allCases {
            writer.write(Array(hits.prefix(10)), format: format) { out in
                if format == .table || format == .tsv {
                    precondition(!out.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && Sanitised.isUnsafe($0) }, "unsafe output")
                }
            }
        }
        for paper in catalog.papers.prefix(5) {
            for line in PaperText.render(paper, width: 40) {
                precondition(!line.unicodeScalars.contains(where: Sanitised.isUnsafe), "unsafe text")
            }
        }
    }
}

#if FUZZING
/// libFuzzer's entry, for whichever `main` the link keeps (ours or libFuzzer's own).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneParserInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    ParserFuzzer.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#endif
