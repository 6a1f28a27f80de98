import DailyPapersCore

extension ReaderState {
    /// `o`, `p`, `h`: a link rebuilt from the paper's validated arXiv id, never from the file.
    mutating func open(_ link: KeyPath<Paper, String>, what: String) -> [Effect] {
        guard let (paper, url) = allowedLink(link, doing: "open") else { return [] }
        status = StatusMessage("Opening the \(what): \(url)")
        // Opening a paper is reading it.
        return [.open(url: url)] + markRead(paper.id)
    }

    /// `y`: the arXiv abstract link.
    mutating func copyLink() -> [Effect] {
        guard let (_, url) = allowedLink(\.absURL, doing: "copy") else { return [] }
        return [.copy(text: url, what: "link")]
    }

    /// `Y`: `[title](link)`, the title made inert and its Markdown brackets escaped.
    mutating func copyMarkdown() -> [Effect] {
        guard let (paper, _) = allowedLink(\.absURL, doing: "copy") else { return [] }
        return [.copy(text: Self.markdownLink(paper), what: "Markdown link")]
    }

    /// The selected paper and its link, when there is one and `LinkPolicy` allows it;
    /// otherwise nil, with the reason in the status line.
    private mutating func allowedLink(_ link: KeyPath<Paper, String>, doing verb: String) -> (Paper, String)? {
        guard let paper = selectedPaper else {
            status = StatusMessage("No paper selected", isError: true)
            return nil
        }
        let url = paper[keyPath: link]
        if let why = LinkPolicy.refusal(for: url) {
            status = StatusMessage("Refused to \(verb) \(Sanitised.short(url)): \(why)", isError: true)
            return nil
        }
        return (paper, url)
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
