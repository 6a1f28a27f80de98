import DailyPapersCore

/// The only links the reader opens or copies: an arXiv abstract or PDF page or a Hugging
/// Face paper page, for a well-formed arXiv id. Links are built from ids, so this is the
/// second guard: anything else (`javascript:`, `file:`, shell metacharacters, a newline) is
/// refused with a reason for the status line.
enum LinkPolicy {
    static let prefixes = ["https://arxiv.org/abs/", "https://arxiv.org/pdf/", "https://huggingface.co/papers/"]

    /// nil when `url` may be opened or copied, else why not.
    static func refusal(for url: String) -> String? {
        guard let prefix = prefixes.first(where: { url.hasPrefix($0) }) else {
            return "not an arXiv or Hugging Face paper link"
        }
        let id = url.dropFirst(prefix.count)
        guard id.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }),
              ArxivID.normalise(id) == String(id) else {
            return "'\(Sanitised.short(String(id), limit: 30))' is not a well-formed arXiv id"
        }
        return nil
    }
}
