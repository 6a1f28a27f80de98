import CByteLoops
import XCTest
@testable import DailyPapersCore

/// The byte-level fast paths of loading against the character-level rules they replace,
/// and papers' packed text against the values it was made from.
final class PackedTextTests: XCTestCase {
    func testValidityScanAgreesWithTheStandardLibrary() {
        // Every boundary byte of the UTF-8 table, in short random runs.
        let pool: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                             0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        // And runs of well-formed text, cut or damaged at random, long enough to be split.
        let text = Array("a가é😀 \u{10FFFF}한국어 text".utf8)
        var rng = SeededGenerator(seed: 7)
        for k in 0..<50_000 {
            var bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            if k % 2 == 1 {
                bytes = (0..<Int.random(in: 0...8, using: &rng)).flatMap { _ in text }
                if !bytes.isEmpty, Bool.random(using: &rng) {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = pool.randomElement(using: &rng)!
                }
                if Bool.random(using: &rng) { bytes.removeLast(min(bytes.count, Int.random(in: 0...3, using: &rng))) }
            }
            let want = String(validating: bytes, as: UTF8.self) != nil
            XCTAssertEqual(bytes.withUnsafeBufferPointer { UTF8Scan.isValid($0) }, want, "\(bytes)")
            XCTAssertEqual(bytes.withUnsafeBufferPointer { UTF8Scan.isValidByDFA($0) }, want, "\(bytes)")
        }
    }

    /// The vector check (where the processor has AVX2) on text long enough for its 32-byte
    /// steps, damaged at any place: first and last bytes, and across a step's edge.
    func testVectorCheckAgreesOnLongText() throws {
        let probe: [UInt8] = [0x61]
        try XCTSkipIf(probe.withUnsafeBufferPointer { dp_utf8_check($0.baseAddress, 1) } < 0, "no AVX2 here")
        let text = Array("Diffusion 모델은 \u{10FFFF}é😀 한국어 text, \u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}".utf8)
        let pool: [UInt8] = [0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var rng = SeededGenerator(seed: 17)
        var invalid = 0
        for _ in 0..<20_000 {
            var bytes = (0..<Int.random(in: 1...6, using: &rng)).flatMap { _ in text }
            bytes.removeFirst(Int.random(in: 0...3, using: &rng))
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: bytes[Int.random(in: 0..<bytes.count, using: &rng)] = pool.randomElement(using: &rng)!
            case 1: bytes.removeLast(Int.random(in: 1...3, using: &rng))
            case 2: bytes[Int.random(in: 0..<min(4, bytes.count), using: &rng)] = pool.randomElement(using: &rng)!
            default: break
            }
            let want = String(validating: bytes, as: UTF8.self) != nil
            if !want { invalid += 1 }
            let got = bytes.withUnsafeBufferPointer { dp_utf8_check($0.baseAddress, $0.count) }
            XCTAssertEqual(got, want ? 1 : 0, "\(bytes)")
        }
        XCTAssertGreaterThan(invalid, 5_000)
    }

    func testNormalisationFlagOfAValidFile() {
        func flag(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { UTF8Scan($0).mayNeedNFC } }
        XCTAssertFalse(flag("Plain 한국어 text"))
        XCTAssertTrue(flag("\u{1112}\u{1161}\u{11AB}"), "conjoining jamo")
        XCTAssertTrue(flag("e\u{301}"), "combining acute")
        XCTAssertFalse(flag("\u{370}"), "CD B0 is not a combining mark")
        // Against the scalars themselves, with the neighbours of every lead byte looked for
        // (E1 begins Ethiopic and Latin Extended Additional too), at any place in the text.
        let pool: [Unicode.Scalar] = ["a", " ", "가", "한", "é", "\u{2FF}", "\u{300}", "\u{33F}", "\u{340}", "\u{36F}", "\u{370}",
                                      "\u{10FF}", "\u{1100}", "\u{11FF}", "\u{1200}", "\u{1E00}", "😀", "\u{E000}"]
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<5_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                s.append(Int.random(in: 0..<4, using: &rng) == 0 ? pool.randomElement(using: &rng)! : pool[Int.random(in: 0..<4, using: &rng)])
            }
            let want = s.contains { (0x300...0x36F).contains($0.value) || (0x1100...0x11FF).contains($0.value) }
            XCTAssertEqual(flag(String(s)), want, "\(s.map { String($0.value, radix: 16) })")
        }
    }

    func testASCIIURLsGiveTheSameIDsAsCharacters() {
        let urls = ["https://arxiv.org/abs/2404.16710", "http://www.arxiv.org/pdf/2404.16710v2.pdf",
                    "https://huggingface.co/papers/2404.16710/", "https://arxiv.org/abs/hep-th/9901001?x#y",
                    "https://arxiv.org/pdf/2404.16710.pdf/", "https://arxiv.org/abs/", "ftp://arxiv.org/abs/2404.16710",
                    "https://arxiv.org/abs/2404.1671", "https://arxiv.org/pdf/.pdf", "https://www.huggingface.co/papers/2404.16710#x"]
        for url in urls {
            XCTAssertEqual(ArxivID.fromURL(url[...]), ArxivID.fromURLCharacters(url[...]), url)
        }
        // A mark after `?` joins it into another character, so the query is not cut there.
        XCTAssertNil(ArxivID.fromURL("https://arxiv.org/abs/2404.16710?\u{301}"))
    }

    func testBulletLabelsOnBytesAndStrings() {
        XCTAssertEqual(BulletLabel.split("**What's New**: text").label, "What's New")
        XCTAssertEqual(BulletLabel.split("***Why***: it").text, "it")
        XCTAssertNil(BulletLabel.split("**no colon** here").label)
        // Over 80 bytes but not over 80 characters: still a label.
        let korean = String(repeating: "가", count: 30)
        XCTAssertEqual(BulletLabel.split("**\(korean)**: x").label, korean)
        XCTAssertNil(BulletLabel.split("**\(String(repeating: "a", count: 81))**: x").label)
    }

    func testPaperKeepsWhatItWasGiven() {
        let bullets = [Bullet(label: "What's New", level: 0, text: "첫째"), Bullet(level: Int.max, text: ""),
                       Bullet(level: -3, text: "a\nb")]
        let day = Day(year: 2024, month: 4, day: 26)!
        var p = Paper(id: "2404.00001", title: "T", authors: ["A, B", "", "C"], authorsTruncated: true,
                      thumbnail: "", video: nil, summary: bullets,
                      appearances: [Appearance(day: day, votes: 3, title: "T", source: SourceLocation(path: "p", line: 1))])
        XCTAssertEqual(p.authors, ["A, B", "", "C"])
        XCTAssertEqual(p.summary, bullets)
        XCTAssertEqual(p.thumbnail, "")
        XCTAssertNil(p.video)
        let before = p
        p.video = "v"
        p.authors.append("D")
        XCTAssertEqual(p.authors, ["A, B", "", "C", "D"])
        XCTAssertEqual(p.video, "v")
        XCTAssertEqual(p.summary, bullets)
        XCTAssertNotEqual(p, before)
        p.video = nil
        p.authors.removeLast()
        XCTAssertEqual(p, before)
        XCTAssertEqual(p.hashValue, before.hashValue)
    }

    func testRecordFromAFileMatchesOneBuiltByHand() throws {
        let text = """
            ## Daily Papers (2024-04-26)

            ### [Title](https://arxiv.org/abs/2404.00001)
            ![thumb](https://example.org/t.png)
            Authors: ['O\\'Brien', "X, Y", '+']
            - **What's New**: one
              more
              - nested

            """
        let r = try XCTUnwrap(TestSupport.parse(text).records.first)
        var built = PaperRecord(id: "2404.00001", title: "Title", day: r.day, line: 3)
        built.authors = ["O'Brien", "X, Y"]
        built.authorsTruncated = true
        built.thumbnail = "https://example.org/t.png"
        built.summary = [Bullet(label: "What's New", level: 0, text: "one more"), Bullet(level: 1, text: "nested")]
        XCTAssertEqual(r, built)
    }
}

/// A small deterministic generator (SplitMix64), so that failures repeat.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Hangul composed by arithmetic against Foundation's NFC.
final class HangulCompositionTests: XCTestCase {
    func testAgreesWithFoundation() {
        let pool: [Unicode.Scalar] = ["a", " ", "\u{1100}", "\u{1107}", "\u{1112}", "\u{1161}", "\u{116E}",
                                      "\u{1175}", "\u{11A8}", "\u{11B7}", "\u{11C2}"]
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<20_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...6, using: &rng) { s.append(pool.randomElement(using: &rng)!) }
            let text = String(s)
            let composed = Array(text.utf8).withUnsafeBufferPointer { HangulComposition.compose($0) }
            XCTAssertEqual(composed.map { Array($0.unicodeScalars) },
                           Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), text.debugDescription)
        }
    }

    func testLeavesAnythingElseToFoundation() {
        for text in ["e\u{301}", "\u{1100}\u{301}", "가\u{11A8}", "\u{1113}\u{1175}", "\u{11FF}", "é"] {
            XCTAssertNil(Array(text.utf8).withUnsafeBufferPointer { HangulComposition.compose($0) }, text)
        }
        XCTAssertNil([UInt8]([0xE1, 0x84]).withUnsafeBufferPointer { HangulComposition.compose($0) })
    }
}
