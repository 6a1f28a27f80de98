import XCTest
@testable import DailyPapersCore

/// A catalog reads its papers' authors and summaries from its index's folded text
/// (`SharedText`): what they read must be what was written, byte for byte.
final class SharedTextTests: XCTestCase {
    /// Capitals on both sides of 64-byte boundaries, letters that fold to other letters of
    /// their own length (`É`, `Ω`), labels, links and empty parts.
    private static let text = digest("""
    ### [ALL CAPS Title](https://arxiv.org/abs/2404.00001)
    Vote: 5
    Authors: ABCDEFGHIJKLMNOPQRSTUVWXYZ AbcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzAbcdefghijklmN, Zed
    ![thumb](https://example.org/Thumb.PNG)
    [Watch Video](https://example.org/Video.MP4)
    - **What's New**: 모델은 ResNet과 LLaMA-2를 비교합니다. \(String(repeating: "가", count: 21))X
      - Nested LEVEL one, 레벨 하나
    - **Why It Matters**: Z

    ### [Édouard's Paper](https://arxiv.org/abs/2404.00002)
    Vote: 1
    Authors: Édouard Ωmega, Zoë Smith
    - Ünïcode ÀND ascii CAPS

    ### [No Body](https://arxiv.org/abs/2404.00003)
    Vote: 0

    ### [Lower only](https://arxiv.org/abs/2404.00004)
    Authors: ada, bob
    - 한국어만 있는 요약
    """)

    private func pair() -> (library: Library, catalog: Catalog) {
        let library = TestSupport.library(("t.md", Self.text))
        return (library, Catalog(library))
    }

    func testCatalogPapersReadWhatWasWritten() {
        let (library, catalog) = pair()
        XCTAssertEqual(catalog.papers.count, 4)
        for (a, b) in zip(library.papers, catalog.papers) {
            XCTAssertEqual(a.authors, b.authors, a.id)
            XCTAssertEqual(a.summary, b.summary, a.id)
            XCTAssertEqual(a.thumbnail, b.thumbnail, a.id)
            XCTAssertEqual(a.video, b.video, a.id)
            XCTAssertEqual(a, b, a.id)
        }
        let first = catalog.papers[0]
        XCTAssertEqual(first.authors[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ AbcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzAbcdefghijklmN")
        XCTAssertEqual(first.summary.map(\.label), ["What's New", nil, "Why It Matters"])
        XCTAssertEqual(first.summary[1].level, 1)
        XCTAssertEqual(first.thumbnail, "https://example.org/Thumb.PNG")
    }

    func testOnlyPapersWhoseFoldingIsASCIIShareTheText() {
        let (_, catalog) = pair()
        let shared = catalog.papers.map { $0.body.store.shared != nil }
        // `É` and `Ω` fold to other letters: that paper keeps its own copy.
        XCTAssertEqual(shared, [true, false, true, true])
        XCTAssertEqual(catalog.papers[1].authors, ["Édouard Ωmega", "Zoë Smith"])
    }

    func testSharedTextIsTheIndexText() {
        let (_, catalog) = pair()
        let store = catalog.papers[0].body.store
        // The same buffer, not a copy of it.
        let same = store.shared!.folded.withUnsafeBufferPointer { a in
            catalog.index.folded.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress }
        }
        XCTAssertTrue(same)
    }

    func testCatalogOfACatalogsPapers() throws {
        let (library, catalog) = pair()
        // Papers that already read a shared text are copied with their capitals.
        var copy = library
        copy.papers = catalog.papers
        let again = Catalog(copy)
        XCTAssertEqual(again.papers, library.papers)
        XCTAssertTrue(again.papers[0].body.store.shared !== catalog.papers[0].body.store.shared)
        for q in ["resnet", "llama-2", "level", "모델", "édouard", "zed", "caps"] {
            let query = try QueryParser.parse(q)
            XCTAssertEqual(again.match(query), catalog.match(query), q)
        }
        XCTAssertEqual(again.index.folded, catalog.index.folded)
    }

    /// A catalog's papers share the labels of their chunk and keep only the id of a
    /// thumbnail on the usual host; both read back as written, and links elsewhere or
    /// barely unlike the template are kept whole.
    func testLabelsSharedAndThumbnailsTemplated() {
        let host = PaperBody.thumbnailHost
        let links = ["\(host)2404.00000.png", "\(host).png", "\(host)2404.00002.PNG", "http://x/2404.00003.png",
                     "\(host)sub/Dir/2404.00004.png", host, "\(host)2404.00006.png.png"]
        var body = ""
        for (k, link) in links.enumerated() {
            body += "### [T\(k)](https://arxiv.org/abs/2404.0000\(k))\n![](\(link))\n"
            body += "- **What's New**: a\(k)\n- **Why It Matters**: b\n- **what's new**: c\n\n"
        }
        let library = TestSupport.library(("t.md", digest(body)))
        let catalog = Catalog(library)
        XCTAssertEqual(catalog.papers.map(\.thumbnail), links)
        XCTAssertEqual(catalog.papers, library.papers)
        XCTAssertEqual(catalog.papers[3].summary.map(\.label), ["What's New", "Why It Matters", "what's new"])
        let store = catalog.papers[0].body.store
        XCTAssertTrue(catalog.papers.allSatisfy { $0.body.store === store })
        // Each label once; the templated links by what lies between host and `.png`, the
        // rest whole. (The index cache's tests read real digests, whose links are templated.)
        let kept = ["What's New", "Why It Matters", "what's new",
                    "2404.00000", "", links[2], links[3], "sub/Dir/2404.00004", links[5], "2404.00006.png"]
        XCTAssertEqual(store.bytes.count, kept.reduce(0) { $0 + $1.utf8.count })
        // A catalog of those papers keeps the marks as they are.
        var copy = library
        copy.papers = catalog.papers
        XCTAssertEqual(Catalog(copy).papers.map(\.thumbnail), links)
    }

    /// A catalog's paper reads its title from the index's text, and so do its appearances
    /// that carry the same title; an appearance with another title keeps its own.
    func testTitlesReadFromTheText() throws {
        let older = digest("2024-04-25", """
        ### [An OLDER Title, Same Paper](https://arxiv.org/abs/2404.00001)
        Vote: 3

        ### [Twice THE Same](https://arxiv.org/abs/2404.00002)
        Vote: 4
        """)
        let newer = digest("2024-04-26", """
        ### [LLaMA Meets Mamba: 모델 ETUDE-free](https://arxiv.org/abs/2404.00001)
        Vote: 7
        Authors: Ada Lovelace

        ### [Twice THE Same](https://arxiv.org/abs/2404.00002)
        Vote: 9

        ### [Édouard's Paper](https://arxiv.org/abs/2404.00003)
        """)
        let library = TestSupport.library(("a.md", older), ("b.md", newer))
        let catalog = Catalog(library)
        XCTAssertEqual(catalog.papers, library.papers)
        let first = catalog.papers[0], second = catalog.papers[1], third = catalog.papers[2]
        XCTAssertEqual(first.title, "LLaMA Meets Mamba: 모델 ETUDE-free")
        XCTAssertEqual(first.appearances.map(\.title), ["LLaMA Meets Mamba: 모델 ETUDE-free", "An OLDER Title, Same Paper"])
        XCTAssertEqual(second.appearances.map(\.title), ["Twice THE Same", "Twice THE Same"])
        // Held once: no string of its own, appearances inheriting it, but not the older title.
        XCTAssertTrue(first.body.holdsTitle)
        XCTAssertEqual(first.ownTitle, "")
        XCTAssertEqual(first.storedAppearances.map(\.inheritsTitle), [true, false])
        XCTAssertEqual(second.storedAppearances.map(\.inheritsTitle), [true, true])
        XCTAssertFalse(first.appearances.contains { $0.inheritsTitle })
        // `É` folds to another letter: that paper keeps its title as a string.
        XCTAssertFalse(third.body.holdsTitle)
        XCTAssertEqual(third.title, "Édouard's Paper")
        XCTAssertEqual(try catalog.search(QueryParser.parse("title:llama")).map(\.paper), [0])

        // A new title moves the paper off the text; its appearances keep what they had.
        var renamed = first
        renamed.title = "Renamed"
        XCTAssertFalse(renamed.body.holdsTitle)
        XCTAssertEqual(renamed.appearances.map(\.title), ["LLaMA Meets Mamba: 모델 ETUDE-free", "An OLDER Title, Same Paper"])
        XCTAssertEqual(renamed.authors, ["Ada Lovelace"])
        XCTAssertEqual(first.title, "LLaMA Meets Mamba: 모델 ETUDE-free")

        // A catalog of a catalog's papers reads the same.
        var copy = library
        copy.papers = catalog.papers
        let again = Catalog(copy)
        XCTAssertEqual(again.papers, library.papers)
        XCTAssertEqual(again.papers[0].storedAppearances.map(\.inheritsTitle), [true, false])
    }

    /// Names and bullets are found at their separators where that finds them; a name with
    /// `, `, a bullet with a newline, a level or label out of 16 bits keep the long form,
    /// and every one reads back as given.
    func testShortRecordsWhereSeparatorsFindTheParts() throws {
        func paper(_ k: Int, authors: [String], summary: [Bullet]) -> Paper {
            Paper(id: "2404.0000\(k)", title: "T\(k)", authors: authors, summary: summary,
                  appearances: [Appearance(day: Day("2024-04-26")!, votes: 1, title: "T\(k)", source: SourceLocation(path: "t.md", line: k))])
        }
        let long = String(repeating: "L", count: 70_000)
        let papers = [
            paper(0, authors: ["Ada, Jr", "Bob"], summary: [Bullet(text: "one")]),
            paper(1, authors: ["Ada,", " Bob", "", "Cy,"], summary: [Bullet(text: "two\nlines"), Bullet(text: "b")]),
            paper(2, authors: ["Ada"], summary: [Bullet(level: 70_000, text: "deep")]),
            paper(3, authors: [], summary: [Bullet(level: -1, text: "up")]),
            paper(4, authors: ["A", "B"], summary: [Bullet(label: long, text: "x"), Bullet(text: "")]),
            paper(5, authors: ["Zoe Q", "Ann"], summary: [Bullet(label: "New", level: 65_535, text: "a, b"), Bullet(text: ""), Bullet(text: "c\n")]),
            paper(6, authors: [""], summary: []),
        ]
        let catalog = Catalog(Library(papers: papers, problems: [], digestFiles: 1))
        XCTAssertEqual(catalog.papers, papers)
        for (p, q) in zip(catalog.papers, papers) {
            XCTAssertEqual(p.authors, q.authors, p.id)
            XCTAssertEqual(p.summary, q.summary, p.id)
        }
        XCTAssertEqual(catalog.papers.map(\.body.authorsSplit), [false, true, true, true, true, true, true])
        XCTAssertEqual(catalog.papers.map(\.body.bulletsSplit), [true, false, false, false, false, true, true])
        for p in catalog.papers { XCTAssertTrue(PaperBody.wellFormed(p.body.store, at: p.body.at), p.id) }
        // A count that the text cannot hold is refused, as from a damaged cache.
        let body = catalog.papers[6].body
        var words = body.store.words
        words[body.at + 2] = PaperBody.split | 5
        XCTAssertFalse(PaperBody.wellFormed(TextStore(bytes: body.store.bytes, words: words, shared: body.store.shared), at: body.at))
    }

    func testEveryCapitalMarkedInALongText() {
        // Random ASCII and Hangul, many bullets, so that fields start at every offset of a
        // 64-bit word and slices of papers are folded apart.
        var rng = SeededGenerator(seed: 11)
        let pool = Array("aZ Q가힣,.-09MzAY")
        var body = ""
        for k in 0..<1_100 {
            body += "### [T\(k)](https://arxiv.org/abs/2404.\(String(format: "%05d", k)))\n"
            body += "Authors: " + String((0..<Int.random(in: 0...40, using: &rng)).map { _ in pool.randomElement(using: &rng)! }) + "\n"
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                body += "- x" + String((0..<Int.random(in: 0...90, using: &rng)).map { _ in pool.randomElement(using: &rng)! }) + "\n"
            }
            body += "\n"
        }
        let library = TestSupport.library(("t.md", digest(body)))
        let catalog = Catalog(library)
        XCTAssertEqual(catalog.papers.count, 1_100)
        XCTAssertGreaterThan(IndexBuilder.slices(1_100).count, 1)
        XCTAssertEqual(catalog.papers, library.papers)
        XCTAssertTrue(catalog.papers.allSatisfy { $0.body.store.shared != nil })
    }

    func testFoldingMarksOnlyCapitals() {
        var rng = SeededGenerator(seed: 5)
        // Bytes near the edges of `A`…`Z` and of the lead bytes folded specially, and any byte.
        let edges: [UInt8] = [0x00, 0x20, 0x40, 0x41, 0x42, 0x59, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7F, 0x80, 0xC1, 0xDA, 0xDB, 0xFF]
        for k in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...150, using: &rng)).map { _ in
                k % 2 == 0 ? edges.randomElement(using: &rng)! : UInt8.random(in: 0...0x7F, using: &rng)
            }
            var out = [UInt8](repeating: 0, count: bytes.count + 3)
            var bits = [UInt64](repeating: 0, count: 4)
            let shift = Int.random(in: 0...63, using: &rng)
            let exact = bytes.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { out in
                    bits.withUnsafeMutableBufferPointer { IndexBuilder.fold(src, into: out, at: 3, capitals: $0.baseAddress, bitBase: 3 - shift).exact }
                }
            }
            guard exact else { continue }
            for (i, b) in bytes.enumerated() {
                let bit = bits[(i + shift) >> 6] >> UInt64((i + shift) & 63) & 1
                XCTAssertEqual(bit == 1, b >= 0x41 && b <= 0x5A, "\(bytes) at \(i)")
                XCTAssertEqual(out[3 + i], b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
        }
    }
}
