/// Cuts an abstract into sentences, one bullet each, the way the digests' summaries read.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quote or bracket after it) followed
/// by a space and a character that is not a lowercase letter; abbreviations common in
/// abstracts (`e.g.`, `et al.`, `Fig.`) and initials (`J. Smith`) do not end one.
enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "e.g.", "i.e.", "al.", "vs.", "cf.", "fig.", "figs.", "eq.", "eqs.", "sec.", "tab.",
        "no.", "approx.", "resp.", "dr.", "mr.", "ms.", "prof.", "ref.", "refs.", "viz.", "ca.",
    ]

    /// The sentences of `text`, which must already be one cleaned line.
    static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var result: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            guard chars[i] == " ", i > start, endsSentence(chars, before: i, from: start),
                  i + 1 < chars.count, !chars[i + 1].isLowercase else { i += 1; continue }
            result.append(String(chars[start..<i]))
            start = i + 1
            i += 1
        }
        if start < chars.count { result.append(String(chars[start...])) }
        return result.filter { !$0.isEmpty }
    }

    /// True when the text just before the space at `space` closes a sentence.
    private static func endsSentence(_ chars: [Character], before space: Int, from start: Int) -> Bool {
        var end = space - 1
        while end > start, "\"')]»”’".contains(chars[end]) { end -= 1 }
        guard "!?.".contains(chars[end]) else { return false }
        guard chars[end] == "." else { return true }
        var wordStart = end
        while wordStart > start, chars[wordStart - 1] != " " { wordStart -= 1 }
        let word = String(chars[wordStart...end]).lowercased()
        let trimmedWord = word.drop { "(\"'[“‘".contains($0) }
        if abbreviations.contains(String(trimmedWord)) { return false }
        // `J.` in `J. Smith`: one capital letter is an initial, not a sentence.
        if trimmedWord.count == 2, let first = chars[end - 1].unicodeScalars.first,
           chars[end - 1].isUppercase, first.isASCII { return false }
        return true
    }
}
