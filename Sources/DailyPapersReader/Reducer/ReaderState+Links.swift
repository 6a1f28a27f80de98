import DailyPapersCore

extension ReaderState {
    /// `o`, `p`, `h`: a link rebuilt from the paper's validated arXiv id, never from the file.
    mutating func open(_ link: KeyPath<Paper, String>, what: String) -> [Effect] {
        guard let paper = selectedPaper else {
            status = StatusMessage("No paper selected", isError: true)
            return []
        }
        let url = paper[keyPath: link]
        if let why = LinkPolicy.refusal(for: url) {
            status = StatusMessage("Refused to open \(Sanitised.short(url)): \(why)", isError: true)
            return []
        }
        status = StatusMessage("Opening the \(what): \(url)")
        // Opening a paper is reading it.
        return [.open(url: url)] + markRead(paper.id)
    }

    /// `y`: the arXiv abstract link.
    mutating func copyLink() -> [Effect] {
        guard let paper = selectedPaper else {
            status = StatusMessage("No paper selected", isError: true)
            return []
        }
        if let why = LinkPolicy.refusal(for: paper.absURL) {
            status = StatusMessage("Refused to copy \(Sanitised.short(paper.absURL)): \(why)", isError: true)
            return []
        }
        return [.copy(text: paper.absURL, what: "link")]
    }

    /// `Y`: `[title](link)`, the title made inert and its Markdown brackets escaped.
    mutating func copyMarkdown() -> [Effect] {
        guard let paper = selectedPaper else {
            status = StatusMessage("No paper selected", isError: true)
            return []
        }
        if let why = LinkPolicy.refusal(for: paper.absURL) {
            status = StatusMessage("Refused to copy \(Sanitised.short(paper.absURL)): \(why)", isError: true)
            return []
        }
        return [.copy(text: Self.markdownLink(paper), what: "Markdown link")]
    }

    /// `[title](https://arxiv.org/abs/ID)`.
    public static func markdownLink(_ paper: Paper) -> String {
        var title = ""
        for c in Sanitised.inert(paper.title) {
            if c == "[" || c == "]" || c == "\\" { title.append("\\") }
            title.append(c)
        }
        return "[\(title)](\(paper.absURL))"
    }
}
