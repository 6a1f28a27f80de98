import DailyPapersCore
import Foundation

/// Turns the body of `/api/daily_papers` into the papers of a digest, or an error that
/// names the item at fault.
enum DayDecoder {
    /// `url` only names the response in errors.
    static func papers(from body: Data, url: String) throws(FetchError) -> [FetchedPaper] {
        let items: [APIItem]
        do {
            items = try JSONDecoder().decode([APIItem].self, from: body)
        } catch DecodingError.typeMismatch {
            throw .malformed(url: url, detail: "expected a JSON array of papers, got \(kind(of: body))")
        } catch {
            throw .malformed(url: url, detail: "not valid JSON")
        }
        var byID: [String: Int] = [:]
        var papers: [FetchedPaper] = []
        for (index, item) in items.enumerated() {
            let paper = try check(item, number: index + 1, url: url)
            // The API has been seen to list a paper twice; a digest never should.
            if let seen = byID[paper.id] {
                if paper.votes > papers[seen].votes { papers[seen] = paper }
            } else {
                byID[paper.id] = papers.count
                papers.append(paper)
            }
        }
        return papers
    }

    private static func check(_ item: APIItem, number: Int, url: String) throws(FetchError) -> FetchedPaper {
        func fail(_ detail: String) -> FetchError {
            .invalidItem(url: url, item: number, id: item.id.map { TextCleaner.line($0) }, detail: detail)
        }
        if let wrong = item.wrongTypes.first { throw fail(wrong) }
        guard item.hasPaper else { throw fail("'paper' is missing") }
        guard let rawID = item.id else { throw fail("'paper.id' is missing") }
        guard let id = ArxivID.normalise(rawID.trimmingCharacters(in: .whitespaces)[...]) else {
            throw fail("'paper.id' is not an arXiv id")
        }
        let title = TextCleaner.line(item.title ?? item.outerTitle ?? "")
        guard !title.isEmpty else { throw fail(item.title == nil ? "'paper.title' is missing" : "'paper.title' is empty") }
        guard let votes = item.upvotes else { throw fail("'paper.upvotes' is missing") }
        guard votes >= 0 else { throw fail("'paper.upvotes' is negative") }
        guard let abstract = item.summary else { throw fail("'paper.summary' is missing") }
        guard let authors = item.authors else { throw fail("'paper.authors' is missing") }
        let ai = item.aiSummary.map(TextCleaner.line) ?? ""
        let source = ai.isEmpty ? TextCleaner.line(abstract) : ai
        return FetchedPaper(
            id: id, title: title, votes: votes,
            // A lone `+` is the format's mark of a shortened list, never a name.
            authors: authors.map(TextCleaner.line).filter { !$0.isEmpty && $0 != "+" },
            thumbnail: item.thumbnail.flatMap(TextCleaner.url),
            bullets: SentenceSplitter.sentences(source))
    }

    private static func kind(of body: Data) -> String {
        switch body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "n"): return "null"
        default: return "a single value"
        }
    }
}
