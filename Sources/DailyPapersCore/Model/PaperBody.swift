#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one digest file's papers, packed: every author, bullet and link of a file
/// lives in one byte array, and each record's shape in one array of words.
///
/// A large corpus holds about a million authors and half a million bullets; as separate
/// strings and arrays they cost an allocation each, more memory than the text itself and
/// much of the load time. Here a file costs two allocations, and the index folds each
/// paper's authors and summary as two runs of bytes.
///
/// Once a catalog is built, its papers' authors and summaries are read from its index
/// (`shared`) and `bytes` keeps only labels and links.
final class TextStore: Sendable {
    let bytes: [UInt8]
    let words: [UInt32]
    let shared: SharedText?
    init(bytes: [UInt8], words: [UInt32], shared: SharedText? = nil) {
        self.bytes = bytes; self.words = words; self.shared = shared
    }
}

/// One record's authors, summary and links, at `at` in its store's words:
///
///     authorsOffset authorsLength authorCount  length×authorCount
///     summaryOffset summaryLength bulletCount  (textLength levelLow levelHigh labelOffset labelLength)×bulletCount
///     thumbnailOffset thumbnailLength  videoOffset videoLength
///
/// Authors are stored joined by `, ` and bullet texts by a newline, as the search index
/// lays them out. An absent label or link has the offset `none`. With a shared text, the
/// authors' and summary's offsets are into it, and one more word follows the links: the
/// length of the title, which the text holds just before the authors (`title 0 authors`).
///
/// A catalog's record is shorter where it can be (`rebased`): when no name holds `, `, the
/// count is marked `split` and the lengths are left out (the names are found at the
/// separators); when no bullet text holds a newline, no level is above 65,535 or below 0
/// and no label is longer than that, the count is marked `split` and each bullet is two
/// words, `level | labelLength << 16` and `labelOffset`. At 100,000 papers the records
/// took 19 MB in the long form, 8.6 MB so.
struct PaperBody: Sendable {
    let store: TextStore
    let at: Int

    static var none: UInt32 { .max }
    static var split: UInt32 { 1 << 31 }

    var authorsRange: Range<Int> { range(at) }

    var summaryRange: Range<Int> { range(summaryAt) }

    var authorCount: Int { Int(store.words[at + 2] & ~Self.split) }

    var bulletCount: Int { Int(store.words[summaryAt + 2] & ~Self.split) }

    /// The names are found at their separators, not by stored lengths.
    var authorsSplit: Bool { store.words[at + 2] & Self.split != 0 }

    /// The bullets are two words each, their texts found at the newlines.
    var bulletsSplit: Bool { store.words[summaryAt + 2] & Self.split != 0 }

    private var summaryAt: Int { at + 3 + (authorsSplit ? 0 : authorCount) }

    var linksAt: Int { summaryAt + 3 + bulletCount * (bulletsSplit ? 2 : 5) }

    private func range(_ k: Int) -> Range<Int> {
        let from = Int(store.words[k])
        return from..<from + Int(store.words[k + 1])
    }

    private func string(_ r: Range<Int>) -> String {
        store.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Authors and bullet texts: from the shared text when there is one.
    private func text(_ r: Range<Int>) -> String {
        if let shared = store.shared { return shared.string(r) }
        return string(r)
    }

    /// Where authors and bullet texts are: the shared text or the store's bytes.
    func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let shared = store.shared { return shared.folded.withUnsafeBufferPointer(body) }
        return store.bytes.withUnsafeBufferPointer(body)
    }

    private func optional(_ k: Int) -> String? {
        store.words[k] == Self.none ? nil : string(range(k))
    }

    /// Each name's range in the text.
    var authorRanges: [Range<Int>] {
        if authorsSplit { return withText { Self.pieces(of: authorsRange, in: $0, count: authorCount, separator: Self.comma) } }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(authorCount)
        var from = Int(store.words[at])
        for k in 0..<authorCount {
            let n = Int(store.words[at + 3 + k])
            ranges.append(from..<from + n)
            from += n + 2
        }
        return ranges
    }

    var authors: [String] { authorRanges.map(text) }

    /// Bullet `k`'s level and label (offset `none` when it has none) in the store's bytes.
    func bulletParts(_ k: Int) -> (level: Int, labelAt: UInt32, labelLength: Int) {
        let w = store.words
        if bulletsSplit {
            let b = summaryAt + 3 + k * 2
            return (Int(w[b] & 0xFFFF), w[b + 1], Int(w[b] >> 16))
        }
        let b = summaryAt + 3 + k * 5
        return (Int(Int64(bitPattern: UInt64(w[b + 2]) << 32 | UInt64(w[b + 1]))), w[b + 3], Int(w[b + 4]))
    }

    /// Each bullet text's range in the text.
    var bulletRanges: [Range<Int>] {
        if bulletsSplit { return withText { Self.pieces(of: summaryRange, in: $0, count: bulletCount, separator: Self.newline) } }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bulletCount)
        var from = Int(store.words[summaryAt])
        for k in 0..<bulletCount {
            let n = Int(store.words[summaryAt + 3 + k * 5])
            ranges.append(from..<from + n)
            from += n + 1
        }
        return ranges
    }

    var summary: [Bullet] {
        bulletRanges.enumerated().map { k, r in
            let (level, labelAt, labelLength) = bulletParts(k)
            let label = labelAt == Self.none ? nil : string(Int(labelAt)..<Int(labelAt) + labelLength)
            return Bullet(label: label, level: level, text: text(r))
        }
    }

    static let comma: [UInt8] = [0x2C, 0x20]
    static let newline: [UInt8] = [0x0A]

    /// `count` pieces of `r` joined by `separator`: cut at each separator while pieces are
    /// left, the rest the last (fewer only in a damaged cache's record).
    static func pieces(of r: Range<Int>, in text: UnsafeBufferPointer<UInt8>, count: Int, separator: [UInt8]) -> [Range<Int>] {
        guard count > 0 else { return [] }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        var from = r.lowerBound
        while ranges.count < count - 1, let at = separatorAt(from..<r.upperBound, in: text, separator: separator) {
            ranges.append(from..<at)
            from = at + separator.count
        }
        ranges.append(from..<r.upperBound)
        return ranges
    }

    /// Where the first whole `separator` (one or two bytes) in `r` begins; `memchr` finds
    /// its first byte.
    static func separatorAt(_ r: Range<Int>, in text: UnsafeBufferPointer<UInt8>, separator: [UInt8]) -> Int? {
        let base = text.baseAddress!, first = Int32(separator[0]), n = separator.count
        var i = r.lowerBound
        while i + n <= r.upperBound, let hit = memchr(base + i, first, r.upperBound - n + 1 - i) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if n == 1 || base[i + 1] == separator[1] { return i }
            i += 1
        }
        return nil
    }

    var thumbnail: String? {
        let k = linksAt
        let n = store.words[k + 1]
        guard store.words[k] != Self.none, n & Self.templated != 0 else { return optional(k) }
        let from = Int(store.words[k])
        return Self.thumbnailHost + string(from..<from + Int(n & ~Self.templated)) + Self.thumbnailEnd
    }

    /// A thumbnail on the usual host is kept as the part between `thumbnailHost` and
    /// `thumbnailEnd` (the paper's id), its length word marked `templated`: 10 of its 66
    /// bytes. Only a catalog's stores hold such links (`rebased`).
    static let templated: UInt32 = 1 << 31
    static let thumbnailHost = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/"
    static let thumbnailEnd = ".png"

    var video: String? { optional(linksAt + 2) }

    /// Whether the title is read from here: the body of a catalog's paper, whose title,
    /// authors and summary its index's text holds.
    var holdsTitle: Bool { store.shared != nil }

    /// Where the title lies in the shared text.
    var titleRange: Range<Int> {
        let end = Int(store.words[at]) - 1
        return end - Int(store.words[linksAt + 4])..<end
    }

    var title: String { store.shared!.string(titleRange) }

    var hasAuthors: Bool { authorCount > 0 }
    var hasSummary: Bool { bulletCount > 0 }
    var hasThumbnail: Bool { store.words[linksAt] != Self.none }
    var hasVideo: Bool { store.words[linksAt + 2] != Self.none }

    /// A body of its own for values that come from elsewhere (the public initialisers, a
    /// setter, a paper whose newest record lacks some parts).
    init(authors: [String], summary: [Bullet], thumbnail: String?, video: String?) {
        var writer = PaperBodyWriter()
        for a in authors { writer.addAuthor(Array(a.utf8)[...]) }
        for b in summary {
            writer.addBullet(Array(b.text.utf8)[...], level: b.level, label: b.label.map { Array($0.utf8)[...] })
        }
        if let thumbnail { writer.thumbnail = Array(thumbnail.utf8) }
        if let video { writer.video = Array(video.utf8) }
        var bytes: [UInt8] = [], words: [UInt32] = []
        let at = writer.finish(into: &bytes, &words)
        self.init(store: TextStore(bytes: bytes, words: words), at: at)
    }

    init(store: TextStore, at: Int) { self.store = store; self.at = at }

    static let empty = PaperBody(authors: [], summary: [], thumbnail: nil, video: nil)

    func with(authors: [String]? = nil, summary: [Bullet]? = nil,
              thumbnail: String?? = nil, video: String?? = nil) -> PaperBody {
        PaperBody(authors: authors ?? self.authors, summary: summary ?? self.summary,
                  thumbnail: thumbnail ?? self.thumbnail, video: video ?? self.video)
    }

    func sameValue(as other: PaperBody) -> Bool {
        authors == other.authors && summary == other.summary
            && thumbnail == other.thumbnail && video == other.video
    }
}

/// Collects one record's parts while its lines are read, then appends them to a file's
/// store in `PaperBody`'s layout. Its buffers are reused from record to record.
struct PaperBodyWriter {
    private(set) var authorBytes: [UInt8] = []
    private var authorLengths: [UInt32] = []
    private var summaryBytes: [UInt8] = []
    /// Per bullet: text length, level (two words), label offset in `labelBytes`, label length.
    private var bulletWords: [UInt32] = []
    private var labelBytes: [UInt8] = []
    var thumbnail: [UInt8]?
    var video: [UInt8]?

    var hasBullets: Bool { !bulletWords.isEmpty }

    mutating func reset() {
        authorBytes.removeAll(keepingCapacity: true)
        authorLengths.removeAll(keepingCapacity: true)
        summaryBytes.removeAll(keepingCapacity: true)
        bulletWords.removeAll(keepingCapacity: true)
        labelBytes.removeAll(keepingCapacity: true)
        thumbnail = nil
        video = nil
    }

    mutating func removeAuthors() {
        authorBytes.removeAll(keepingCapacity: true)
        authorLengths.removeAll(keepingCapacity: true)
    }

    mutating func addAuthor<C: Collection<UInt8>>(_ name: C) {
        if !authorLengths.isEmpty { authorBytes.append(0x2C); authorBytes.append(0x20) }
        authorBytes.append(contentsOf: name)
        authorLengths.append(Self.word(name.count))
    }

    mutating func addBullet<C: Collection<UInt8>>(_ text: C, level: Int, label: C?) {
        if !bulletWords.isEmpty { summaryBytes.append(0x0A) }
        summaryBytes.append(contentsOf: text)
        let l = UInt64(bitPattern: Int64(level))
        bulletWords.append(Self.word(text.count))
        bulletWords.append(UInt32(truncatingIfNeeded: l))
        bulletWords.append(UInt32(truncatingIfNeeded: l >> 32))
        if let label {
            bulletWords.append(Self.word(labelBytes.count))
            labelBytes.append(contentsOf: label)
            bulletWords.append(Self.word(label.count))
        } else {
            bulletWords.append(PaperBody.none)
            bulletWords.append(0)
        }
    }

    /// Markdown's lazy continuation: a line that only continues the last bullet.
    mutating func continueBullet<C: Collection<UInt8>>(_ more: C) {
        summaryBytes.append(0x20)
        summaryBytes.append(contentsOf: more)
        bulletWords[bulletWords.count - 5] += Self.word(more.count + 1)
    }

    /// Appends the record to `bytes` and `words`; returns where its words start.
    func finish(into bytes: inout [UInt8], _ words: inout [UInt32]) -> Int {
        let at = words.count
        words.append(Self.word(bytes.count))
        words.append(Self.word(authorBytes.count))
        words.append(Self.word(authorLengths.count))
        words.append(contentsOf: authorLengths)
        bytes.append(contentsOf: authorBytes)
        let labelsAt = bytes.count + summaryBytes.count
        words.append(Self.word(bytes.count))
        words.append(Self.word(summaryBytes.count))
        words.append(Self.word(bulletWords.count / 5))
        bytes.append(contentsOf: summaryBytes)
        for k in stride(from: 0, to: bulletWords.count, by: 5) {
            words.append(bulletWords[k])
            words.append(bulletWords[k + 1])
            words.append(bulletWords[k + 2])
            words.append(bulletWords[k + 3] == PaperBody.none ? PaperBody.none : Self.word(labelsAt + Int(bulletWords[k + 3])))
            words.append(bulletWords[k + 4])
        }
        bytes.append(contentsOf: labelBytes)
        Self.append(thumbnail, to: &bytes, &words)
        Self.append(video, to: &bytes, &words)
        return at
    }

    private static func append(_ link: [UInt8]?, to bytes: inout [UInt8], _ words: inout [UInt32]) {
        if let link {
            // Below the bit that marks a templated thumbnail.
            precondition(link.count < Int(PaperBody.templated), "a link holds less than 2 GB")
            words.append(word(bytes.count))
            words.append(word(link.count))
            bytes.append(contentsOf: link)
        } else {
            words.append(PaperBody.none)
            words.append(0)
        }
    }

    /// Offsets and lengths are kept in 32 bits; the index above holds at most 2 GB anyway.
    @inline(__always)
    private static func word(_ n: Int) -> UInt32 {
        precondition(n >= 0 && n < Int(PaperBody.none), "a digest file holds at most 4 GB of text")
        return UInt32(n)
    }
}
