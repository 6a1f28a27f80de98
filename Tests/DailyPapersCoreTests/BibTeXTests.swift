import XCTest
@testable import DailyPapersCore

final class BibTeXTests: XCTestCase {
    func testMathIsKeptAndTextSpecialsEscaped() {
        XCTAssertEqual(BibTeX.escape("LLM$\\times$MapReduce"), "LLM$\\times$MapReduce")
        XCTAssertEqual(BibTeX.escape("GS^3: x_1 ~ y"), "GS\\^{}3: x\\_1 \\~{} y")
        XCTAssertEqual(BibTeX.escape("$x_1^2$ and y_2"), "$x_1^2$ and y\\_2")
        XCTAssertEqual(BibTeX.escape("R&D 100% #1"), "R\\&D 100\\% \\#1")
        XCTAssertEqual(BibTeX.escape("costs $5"), "costs \\$5", "a lone dollar is text")
        XCTAssertEqual(BibTeX.escape("a \\end b"), "a \\textbackslash{}end b")
    }

    func testBracesThatPairAreKeptAndOnlyTheOthersWrittenAsCommands() {
        XCTAssertEqual(BibTeX.escape("{BERT} models"), "{BERT} models")
        XCTAssertEqual(BibTeX.escape("compare with {Medusa} }"), "compare with {Medusa} \\textbraceright{}")
        XCTAssertEqual(BibTeX.escape("Foo } bar {"), "Foo \\textbraceright{} bar \\textbraceleft{}")
        XCTAssertEqual(BibTeX.escape("$x}$ and {y}"), "$x\\rbrace{}$ and {y}", "in math, a math command")
    }

    func testDisplayMathIsOneDelimiter() {
        XCTAssertEqual(BibTeX.escape("$$c^d$$ e_f"), "$$c^d$$ e\\_f")
        XCTAssertEqual(BibTeX.escape("a $$ b"), "a \\$\\$ b", "alone, text")
    }

    /// The entry of a paper whose authors hold escape sequences carries none of them.
    func testAnEntryHoldsNoControlCharacters() throws {
        let library = TestSupport.library(("e.md", """
        ## Daily Papers (2024-05-01)

        ### [GS^3: T\u{1B}]0;x\u{07} 100%](https://arxiv.org/abs/2405.00001)

        Vote: 5

        Authors: Ann Lee, \u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}Bob

        - s

        """))
        let paper = try XCTUnwrap(library.papers.first)
        let entry = BibTeX.entry(paper, note: "see {x} } \u{1B}[31m")
        XCTAssertFalse(entry.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F },
                       entry.debugDescription)
        XCTAssertTrue(entry.contains("author = {Ann Lee and "), entry)
        XCTAssertTrue(entry.contains("title = {{GS\\^{}3: T"), entry)
        XCTAssertTrue(entry.contains("100\\%}}"), entry)
        var depth = 0
        for c in entry { if c == "{" { depth += 1 } else if c == "}" { depth -= 1; XCTAssertGreaterThanOrEqual(depth, 0) } }
        XCTAssertEqual(depth, 0, "BibTeX needs every brace of an entry balanced")
    }
}
