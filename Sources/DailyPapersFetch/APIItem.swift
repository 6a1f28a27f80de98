import Foundation

/// One element of the array `/api/daily_papers` answers, read leniently: every field the
/// digest needs is kept if present, and a field of the wrong type is noted rather than
/// failing the whole array, so that the error can name the item and its id. Fields the
/// digest does not use are never read.
struct APIItem: Decodable {
    var id: String?
    var title: String?
    /// The title beside `paper`, used when `paper.title` is missing.
    var outerTitle: String?
    var summary: String?
    var aiSummary: String?
    var upvotes: Int?
    var authors: [String]?
    var thumbnail: String?
    var hasPaper = false
    /// Fields present with the wrong type, as `paper.upvotes: expected a number`.
    var wrongTypes: [String] = []

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        guard let item = try? decoder.container(keyedBy: Key.self) else {
            wrongTypes.append("expected an object")
            return
        }
        outerTitle = field(item, "title", "title", "a string")
        thumbnail = field(item, "thumbnail", "thumbnail", "a string")
        guard item.contains(Key("paper")), (try? item.decodeNil(forKey: Key("paper"))) == false else { return }
        guard let paper = try? item.nestedContainer(keyedBy: Key.self, forKey: Key("paper")) else {
            wrongTypes.append("paper: expected an object")
            return
        }
        hasPaper = true
        id = field(paper, "id", "paper.id", "a string")
        title = field(paper, "title", "paper.title", "a string")
        summary = field(paper, "summary", "paper.summary", "a string")
        aiSummary = field(paper, "ai_summary", "paper.ai_summary", "a string")
        upvotes = field(paper, "upvotes", "paper.upvotes", "a whole number")
        authors = names(paper)
    }

    private mutating func field<T: Decodable>(_ c: KeyedDecodingContainer<Key>, _ key: String,
                                              _ path: String, _ expected: String) -> T? {
        let k = Key(key)
        guard c.contains(k), (try? c.decodeNil(forKey: k)) == false else { return nil }
        if let value = try? c.decode(T.self, forKey: k) { return value }
        wrongTypes.append("\(path): expected \(expected)")
        return nil
    }

    private mutating func names(_ paper: KeyedDecodingContainer<Key>) -> [String]? {
        let k = Key("authors")
        guard paper.contains(k), (try? paper.decodeNil(forKey: k)) == false else { return nil }
        guard var list = try? paper.nestedUnkeyedContainer(forKey: k) else {
            wrongTypes.append("paper.authors: expected a list")
            return nil
        }
        var names: [String] = []
        while !list.isAtEnd {
            let index = list.currentIndex
            guard let author = try? list.nestedContainer(keyedBy: Key.self) else {
                wrongTypes.append("paper.authors[\(index)]: expected an object")
                // Step over the element so that the loop ends.
                _ = try? list.decode(Discard.self)
                if list.currentIndex == index { break }
                continue
            }
            if let name: String = field(author, "name", "paper.authors[\(index)].name", "a string") {
                names.append(name)
            } else if !wrongTypes.contains(where: { $0.hasPrefix("paper.authors[\(index)].name") }) {
                wrongTypes.append("paper.authors[\(index)].name is missing")
            }
        }
        return names
    }

    /// Decodes any JSON value and keeps nothing.
    private struct Discard: Decodable {
        init(from decoder: Decoder) throws {}
    }
}
