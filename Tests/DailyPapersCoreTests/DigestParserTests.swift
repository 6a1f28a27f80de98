import XCTest
@testable import DailyPapersCore

/// The variants of docs/digest-format.md, one paper or section at a time.
final class DigestParserTests: XCTestCase {
    func testFullPaperWithEveryLine() throws {
        let d = TestSupport.parse(digest("""
        ### [Layer Skip: Early Exit](https://arxiv.org/abs/2404.16710)

        ![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.16710.png)

        Vote: 27

        Authors: Saurabh Agarwal, Bilge Acun

        - first bullet
        - second bullet

        """))
        XCTAssertTrue(d.isDigest)
        XCTAssertEqual(d.problems, [])
        let r = try XCTUnwrap(d.records.first)
        XCTAssertEqual(d.records.count, 1)
        XCTAssertEqual(r.id, "2404.16710")
        XCTAssertEqual(r.title, "Layer Skip: Early Exit")
        XCTAssertEqual(r.day.description, "2024-04-26")
        XCTAssertEqual(r.line, 3)
        XCTAssertEqual(r.votes, 27)
        XCTAssertEqual(r.thumbnail, "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.16710.png")
        XCTAssertNil(r.video)
        XCTAssertEqual(r.authors, ["Saurabh Agarwal", "Bilge Acun"])
        XCTAssertFalse(r.authorsTruncated)
        XCTAssertEqual(r.summary, [Bullet(text: "first bullet"), Bullet(text: "second bullet")])
    }

    func testCommaAuthorsWithPlusAreTruncatedAndPlusIsNoAuthor() throws {
        let d = TestSupport.parse(digest("""
        ### [T](https://arxiv.org/abs/2404.16821)
        Authors: Jiapeng Luo, Hewei Guo, +, Zhe Chen, Hang Yan
        """))
        let r = try XCTUnwrap(d.records.first)
        XCTAssertEqual(r.authors, ["Jiapeng Luo", "Hewei Guo", "Zhe Chen", "Hang Yan"])
        XCTAssertTrue(r.authorsTruncated)
    }

    func testSamePersonTwiceInARowIsKeptAsWritten() throws {
        let d = TestSupport.parse(digest("### [T](https://arxiv.org/abs/2404.00001)\nAuthors: Chirag Nagpal, Chirag Nagpal\n"))
        XCTAssertEqual(d.records.first?.authors, ["Chirag Nagpal", "Chirag Nagpal"])
    }

    func testPythonListAuthorsWithApostrophesInDoubleQuotes() throws {
        let d = TestSupport.parse(digest("""
        ### [T](https://arxiv.org/abs/2412.00001)
        Authors: ['Brandon Reagen', "Sean O'Brien", 'Nandan Kumar Jha', '+', 'Zoë Ü']
        """))
        XCTAssertEqual(d.problems, [])
        let r = try XCTUnwrap(d.records.first)
        XCTAssertEqual(r.authors, ["Brandon Reagen", "Sean O'Brien", "Nandan Kumar Jha", "Zoë Ü"])
        XCTAssertTrue(r.authorsTruncated)
    }

    func testMalformedPythonListIsReportedAndPaperKept() throws {
        let d = TestSupport.parse(digest("### [T](https://arxiv.org/abs/2412.00001)\nAuthors: ['A', 'B\nVote: 3\n"))
        XCTAssertEqual(d.problems.map(\.description),
                       ["t.md:4: author list starts with '[' but is not a list of quoted names"])
        XCTAssertEqual(d.records.first?.authors, [])
        XCTAssertEqual(d.records.first?.votes, 3)
    }

    func testUnknownVotesAreNilNotZero() {
        let d = TestSupport.parse(digest("""
        ### [A](https://arxiv.org/abs/2401.00001)
        Vote: -
        ### [B](https://arxiv.org/abs/2401.00002)
        - no vote line at all
        ### [C](https://arxiv.org/abs/2401.00003)
        Vote: 0
        """))
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.map(\.votes), [nil, nil, 0])
    }

    func testBadVotesAreReportedWithTheirLineAndTakenAsUnknown() {
        let d = TestSupport.parse(digest("""
        ### [A](https://arxiv.org/abs/2401.00001)
        Vote: -1
        ### [B](https://arxiv.org/abs/2401.00002)
        Vote: 1e9
        ### [C](https://arxiv.org/abs/2401.00003)
        Vote: 99999999999999999999
        ### [D](https://arxiv.org/abs/2401.00004)
        Vote: 12
        """))
        XCTAssertEqual(d.records.map(\.votes), [nil, nil, nil, 12])
        XCTAssertEqual(d.problems.map(\.description), [
            "t.md:4: vote count '-1' is not a whole number ≥ 0 or '-'; votes taken as unknown",
            "t.md:6: vote count '1e9' is not a whole number ≥ 0 or '-'; votes taken as unknown",
            "t.md:8: vote count '99999999999999999999' is too large; votes taken as unknown",
        ])
    }

    func testNestedAndLabelledBullets() throws {
        let d = TestSupport.parse(digest("""
        ### [T](https://arxiv.org/abs/2401.00001)
        - **What's New**: a new method
        - ***Technical Details***: the details
          - (1) nested one
          - (2) nested two
        - **Performance Highlights:** fast
        - plain with **bold** inside
        continued lazily
        """))
        let r = try XCTUnwrap(d.records.first)
        XCTAssertEqual(r.summary, [
            Bullet(label: "What's New", level: 0, text: "a new method"),
            Bullet(label: "Technical Details", level: 0, text: "the details"),
            Bullet(label: nil, level: 1, text: "(1) nested one"),
            Bullet(label: nil, level: 1, text: "(2) nested two"),
            Bullet(label: "Performance Highlights", level: 0, text: "fast"),
            Bullet(label: nil, level: 0, text: "plain with **bold** inside continued lazily"),
        ])
    }

    func testBulletLabelNeedsAColon() {
        XCTAssertEqual(BulletLabel.split("**Bold** text").label, nil)
        XCTAssertEqual(BulletLabel.split("**Bold** text").text, "**Bold** text")
        XCTAssertEqual(BulletLabel.split("***L***: x").label, "L")
        XCTAssertEqual(BulletLabel.split("***L***: x").text, "x")
    }

    func testAllThreeVideoFormsKeepTheURLOnceAndNoHTML() {
        let d = TestSupport.parse(digest("""
        ### [A](https://arxiv.org/abs/2412.00001)
        [Watch Video](https://cdn-uploads.huggingface.co/production/uploads/a.mp4)
        <div><video controls src="https://cdn-uploads.huggingface.co/production/uploads/a.mp4" muted="false"></video></div>
        - a
        ### [B](https://arxiv.org/abs/2412.00002)
        [Watch Video]https://cdn-uploads.huggingface.co/production/uploads/b.mp4
        <div><video controls src="https://cdn-uploads.huggingface.co/production/uploads/b.mp4" muted="false"></video></div>
        - b
        ### [C](https://arxiv.org/abs/2412.00003)
        <video src='https://cdn-uploads.huggingface.co/production/uploads/c.mp4'></video>
        - c
        """))
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.map(\.video), [
            "https://cdn-uploads.huggingface.co/production/uploads/a.mp4",
            "https://cdn-uploads.huggingface.co/production/uploads/b.mp4",
            "https://cdn-uploads.huggingface.co/production/uploads/c.mp4",
        ])
        XCTAssertEqual(d.records.map { $0.summary.map(\.text) }, [["a"], ["b"], ["c"]])
    }

    func testTitlesWithBracketsAndLaTeXTakeTheLastLink() {
        let d = TestSupport.parse(digest("""
        ### [I Don't Know: Calibrating with an [IDK] Token](https://arxiv.org/abs/2412.06676)
        ### [LLM$\\times$MapReduce: see [x](y) too](https://arxiv.org/abs/2410.09342)
        """))
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.map(\.title), [
            "I Don't Know: Calibrating with an [IDK] Token",
            "LLM$\\times$MapReduce: see [x](y) too",
        ])
        XCTAssertEqual(d.records.map(\.id), ["2412.06676", "2410.09342"])
    }

    func testEveryAcceptedLinkForm() {
        let d = TestSupport.parse(digest("""
        ### [A](http://arxiv.org/abs/2404.16710)
        ### [B](https://arxiv.org/abs/2404.16711v2)
        ### [C](https://arxiv.org/abs/hep-th/9901001)
        ### [D](https://huggingface.co/papers/2404.16712)
        ### [E](https://arxiv.org/pdf/2404.16713v1.pdf)
        ### [F](https://www.arxiv.org/abs/2404.16714/)
        """))
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.map(\.id),
                       ["2404.16710", "2404.16711", "hep-th/9901001", "2404.16712", "2404.16713", "2404.16714"])
    }

    func testLinksThatAreNotPapersAreReported() {
        let d = TestSupport.parse(digest("""
        ### [A](https://example.com/2404.16710)
        ### [](https://arxiv.org/abs/2404.16710)
        ### [No link at all
        ### [B](https://arxiv.org/abs/2404.16711)
        """))
        XCTAssertEqual(d.records.map(\.id), ["2404.16711"])
        XCTAssertEqual(d.problems.map(\.description), [
            "t.md:3: paper link 'https://example.com/2404.16710' is not an arXiv or Hugging Face paper link",
            "t.md:4: paper heading has an empty title",
            "t.md:5: paper heading should read '### [title](https://arxiv.org/abs/ID)'",
        ])
    }

    func testOldestStyleWithoutBlankLinesVotesOrAuthors() {
        let d = TestSupport.parse("""
        ## Daily Papers (2023-11-20)
        ### [A](https://arxiv.org/abs/2311.10122)
        - a1
        - a2
        ### [B](https://arxiv.org/abs/2311.10709)
        - b1
        """)
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.map(\.id), ["2311.10122", "2311.10709"])
        XCTAssertEqual(d.records.map(\.line), [2, 5])
        XCTAssertEqual(d.records.map(\.votes), [nil, nil])
        XCTAssertEqual(d.records.map(\.authors), [[], []])
        XCTAssertEqual(d.records.map { $0.summary.map(\.text) }, [["a1", "a2"], ["b1"]])
    }

    func testTwoSectionsWithTheSameDayBothBelongToIt() {
        let d = TestSupport.parse("""
        ## Daily Papers (2024-10-18)
        ### [A](https://arxiv.org/abs/2410.00001)
        Vote: 5
        ## Daily Papers (2024-10-18)
        ### [B](https://arxiv.org/abs/2410.00002)
        Vote: 3
        """)
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.map(\.id), ["2410.00001", "2410.00002"])
        XCTAssertEqual(d.records.map(\.day.description), ["2024-10-18", "2024-10-18"])
    }

    func testCutOffMidPaperKeepsWhatWasRead() {
        // No final newline, the file ends inside a bullet.
        let d = TestSupport.parse(digest("""
        ### [A](https://arxiv.org/abs/2401.00001)
        Vote: 4
        Authors: X Y
        - complete
        - cut in the midd
        """))
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.count, 1)
        XCTAssertEqual(d.records.first?.votes, 4)
        XCTAssertEqual(d.records.first?.summary.map(\.text), ["complete", "cut in the midd"])
    }

    func testCutOffInsideAHeadingIsReported() {
        let d = TestSupport.parse(digest("### [A](https://arxiv.org/abs/2401.00001)\n- a\n### [Second paper, cut](https://arxiv.or"))
        XCTAssertEqual(d.records.map(\.id), ["2401.00001"])
        XCTAssertEqual(d.problems.map(\.description),
                       ["t.md:5: paper heading should read '### [title](https://arxiv.org/abs/ID)'"])
    }

    func testImpossibleHeadingDateIsReportedAndItsPapersSkipped() {
        let d = TestSupport.parse("""
        ## Daily Papers (2024-02-30)
        ### [A](https://arxiv.org/abs/2402.00001)
        ### [B](https://arxiv.org/abs/2402.00002)
        ## Daily Papers (2024-02-29)
        ### [C](https://arxiv.org/abs/2402.00003)
        """)
        XCTAssertTrue(d.isDigest)
        XCTAssertEqual(d.records.map(\.id), ["2402.00003"])
        XCTAssertEqual(d.records.first?.day.description, "2024-02-29")
        XCTAssertEqual(d.problems.map(\.description), [
            "t.md:1: impossible date '2024-02-30' in section heading",
            "t.md:1: 2 papers under this heading skipped: no valid day",
        ])
    }

    func testMalformedHeadingIsReported() {
        let d = TestSupport.parse("## Daily Papers (April 26)\n### [A](https://arxiv.org/abs/2402.00001)\n")
        XCTAssertEqual(d.records, [])
        XCTAssertEqual(d.problems.map(\.description), [
            "t.md:1: section heading should read '## Daily Papers (YYYY-MM-DD)', not '(April 26)'",
            "t.md:1: 1 paper under this heading skipped: no valid day",
        ])
    }

    func testPaperOutsideASectionIsReported() {
        let d = TestSupport.parse("""
        # Some title
        ### [A](https://arxiv.org/abs/2402.00001)
        ## Daily Papers (2024-02-01)
        ### [B](https://arxiv.org/abs/2402.00002)
        """)
        XCTAssertEqual(d.records.map(\.id), ["2402.00002"])
        XCTAssertEqual(d.problems.map(\.description),
                       ["t.md:2: paper outside a '## Daily Papers (YYYY-MM-DD)' section"])
    }

    func testTextWithoutHeadingIsNotADigest() {
        let d = TestSupport.parse("# README\n\nJust notes, [a link](https://arxiv.org/abs/2401.00001).\n")
        XCTAssertFalse(d.isDigest)
        XCTAssertEqual(d.records, [])
    }
}
