import Foundation
import XCTest
@testable import DailyPapersCore

/// Files and folders: recursion, recognition by heading, problems that never stop the rest.
final class LoaderTests: XCTestCase {
    func testFolderIsSearchedRecursivelyAndNonDigestsSkipped() throws {
        let root = TestSupport.fixture("archive")
        let lib = Loader.load([root])
        XCTAssertEqual(lib.problems, [])
        // 16.md, 18.txt and deep/a/b/20.md; notes/README.md is skipped silently.
        XCTAssertEqual(lib.digestFiles, 3)
        XCTAssertEqual(lib.papers.map(\.id), ["2410.09342", "2410.10001", "2410.10002", "2311.10122", "2311.10709"])
        XCTAssertEqual(lib.appearanceCount, 6)
        XCTAssertEqual(lib.days, [
            DaySummary(day: Day("2023-11-20")!, papers: 2, topVotes: nil),
            DaySummary(day: Day("2024-10-16")!, papers: 2, topVotes: 10),
            DaySummary(day: Day("2024-10-18")!, papers: 2, topVotes: 20),
        ])
        let p = try XCTUnwrap(lib.paper("2410.09342"))
        XCTAssertEqual(p.appearances.map(\.source.description),
                       [root + "/2024/10/18.txt:3", root + "/2024/10/16.md:3"])
        XCTAssertEqual(lib.paper("2410.10002")?.appearances.first?.votes, nil)
    }

    func testExplicitNonDigestFileIsAProblem() {
        let path = TestSupport.fixture("not-a-digest.md")
        let lib = Loader.load([path, TestSupport.fixture("archive/2024/10/16.md")])
        XCTAssertEqual(lib.problems.map(\.description),
                       [path + ": not a digest: no '## Daily Papers (YYYY-MM-DD)' heading"])
        XCTAssertEqual(lib.papers.count, 2)
    }

    /// In a folder, a file without a digest heading is skipped unsaid (notes, a README,
    /// even one that links papers as digests do) unless its papers stand under a damaged
    /// section heading: then they would be lost without a word.
    func testAFolderFileOfPapersUnderADamagedHeadingIsAProblem() throws {
        let dir = try TestSupport.temporaryFolder(self)
        let papers = "### [A](https://arxiv.org/abs/2405.00001)\n\nVote: 3\n\n- s\n\n### [B](https://arxiv.org/abs/2405.00002)\n"
        try TestSupport.write(digest("2024-05-02", "### [C](https://arxiv.org/abs/2405.00003)\n"), to: dir.appendingPathComponent("2024/05/02.md"))
        try TestSupport.write("## Daily Papers 2024-05-01\n\n" + papers, to: dir.appendingPathComponent("2024/05/01.md"))
        try TestSupport.write("# Daily Papers (2024-05-03)\n\n" + papers, to: dir.appendingPathComponent("2024/05/03.md"))
        for (k, heading) in ["## daily papers (2024-05-04)", "##Daily Papers (2024-05-05)", "### Daily Papers (2024-05-06)",
                             "  ## Daily Papers (2024-05-07)", "Daily Papers (2024-05-08)"].enumerated() {
            try TestSupport.write(heading + "\n\n" + papers, to: dir.appendingPathComponent("2024/06/0\(k + 1).md"))
        }
        try TestSupport.write("# Notes\n\n" + papers, to: dir.appendingPathComponent("README.md"))
        let lib = Loader.load([dir.path])
        XCTAssertEqual(lib.papers.map(\.id), ["2405.00003"])
        let lost = "not a digest: its heading should read '## Daily Papers (YYYY-MM-DD)'; its 2 papers are not read"
        XCTAssertEqual(lib.problems.map(\.description), [dir.path + "/2024/05/01.md:1: " + lost, dir.path + "/2024/05/03.md:1: " + lost]
                       + (1...5).map { dir.path + "/2024/06/0\($0).md:1: " + lost })
        // Named, the README is a problem too, at its first paper.
        let named = Loader.load([dir.appendingPathComponent("README.md").path])
        XCTAssertEqual(named.problems.map(\.description),
                       [dir.path + "/README.md:3: not a digest: no '## Daily Papers (YYYY-MM-DD)' heading; its 2 papers are not read"])
    }

    /// In a folder, a link to nothing (a digest moved away?) and a pipe (a read could block)
    /// named like digests were passed over in silence; each is now named, and the rest load.
    /// Others stay unsaid (`testSymlinkLoopInsideAFolderTerminates` has a dangling link).
    func testAFoldersDanglingLinkAndPipeAreReported() throws {
        let dir = try TestSupport.temporaryFolder(self)
        try TestSupport.write(digest("2024-05-02", "### [C](https://arxiv.org/abs/2405.00003)\n"), to: dir.appendingPathComponent("02.md"))
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/01.md", withDestinationPath: dir.path + "/moved/01.md")
        XCTAssertEqual(mkfifo(dir.path + "/03.md", 0o600), 0)
        XCTAssertEqual(mkfifo(dir.path + "/fifo", 0o600), 0)
        let lib = Loader.load([dir.path])
        XCTAssertEqual(lib.papers.map(\.id), ["2405.00003"])
        XCTAssertEqual(lib.problems.map(\.description), [
            dir.path + "/01.md: a link to nothing: No such file or directory",
            dir.path + "/03.md: not a regular file; not read",
        ])
    }

    func testMissingPathIsReportedAndOthersLoad() {
        let lib = Loader.load(["/nonexistent/dailypapers/x.md", TestSupport.fixture("archive/2024/10/18.txt")])
        XCTAssertEqual(lib.problems.map(\.description),
                       ["/nonexistent/dailypapers/x.md: cannot open: No such file or directory"])
        XCTAssertEqual(lib.papers.map(\.id), ["2410.09342", "2410.10002"])
    }

    func testSymlinkLoopInsideAFolderTerminates() throws {
        let dir = try TestSupport.temporaryFolder(self)
        try TestSupport.write(digest("### [A](https://arxiv.org/abs/2401.00001)\n"), to: dir.appendingPathComponent("sub/a.md"))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("self").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
        let lib = Loader.load([dir.path])
        XCTAssertEqual(lib.problems, [])
        XCTAssertEqual(lib.digestFiles, 1)
        XCTAssertEqual(lib.papers.map(\.id), ["2401.00001"])
    }

    func testHiddenEntriesAreSkipped() throws {
        let dir = try TestSupport.temporaryFolder(self)
        try TestSupport.write(digest("### [A](https://arxiv.org/abs/2401.00001)\n"), to: dir.appendingPathComponent(".git/a.md"))
        try TestSupport.write(digest("### [B](https://arxiv.org/abs/2401.00002)\n"), to: dir.appendingPathComponent("b.md"))
        XCTAssertEqual(Loader.load([dir.path]).papers.map(\.id), ["2401.00002"])
    }

    func testUnreadableFileIsReportedWithoutStoppingOthers() throws {
        let dir = try TestSupport.temporaryFolder(self)
        let locked = dir.appendingPathComponent("a-locked.md")
        try TestSupport.write(digest("### [A](https://arxiv.org/abs/2401.00001)\n"), to: locked)
        try TestSupport.write(digest("### [B](https://arxiv.org/abs/2401.00002)\n"), to: dir.appendingPathComponent("b.md"))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let fd = open(locked.path, O_RDONLY)
        if fd >= 0 {
            close(fd)
            throw XCTSkip("running as a user (root) who can read a mode-000 file")
        }
        let lib = Loader.load([dir.path])
        XCTAssertEqual(lib.problems.map(\.description), [locked.path + ": cannot open: Permission denied"])
        XCTAssertEqual(lib.papers.map(\.id), ["2401.00002"])
    }

    func testNamedPipeIsReportedNotWaitedOn() throws {
        // Opening a FIFO with no writer blocks; a reader must not hang on one.
        let dir = try TestSupport.temporaryFolder(self)
        let fifo = dir.appendingPathComponent("pipe.md").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let good = TestSupport.fixture("archive/2024/10/16.md")
        let done = expectation(description: "load returns")
        nonisolated(unsafe) var lib: Library?
        Thread.detachNewThread {
            lib = Loader.load([fifo, good])
            done.fulfill()
        }
        wait(for: [done], timeout: 10)
        XCTAssertEqual(lib?.problems.map(\.description), [fifo + ": not a regular file"])
        XCTAssertEqual(lib?.papers.count, 2)
    }

    func testLoadContentsReportsNonDigests() {
        let lib = Loader.load(contents: [
            (path: "a.md", bytes: Array("hello\n".utf8)),
            (path: "b.md", bytes: Array(digest("### [B](https://arxiv.org/abs/2401.00002)\n").utf8)),
        ])
        XCTAssertEqual(lib.problems.map(\.description), ["a.md: not a digest: no '## Daily Papers (YYYY-MM-DD)' heading"])
        XCTAssertEqual(lib.digestFiles, 1)
        XCTAssertEqual(lib.papers.map(\.id), ["2401.00002"])
    }

    func testProblemsInOneFileDoNotStopAnother() {
        let lib = TestSupport.library(
            ("a.md", digest("### [A](https://arxiv.org/abs/2401.00001)\nVote: x\n### [A2](https://arxiv.org/abs/2401.00003)\n")),
            ("b.md", digest("### [B](https://arxiv.org/abs/2401.00002)\nVote: 1\n")))
        XCTAssertEqual(lib.problems.map(\.description),
                       ["a.md:4: vote count 'x' is not a whole number ≥ 0 or '-'; votes taken as unknown"])
        XCTAssertEqual(lib.papers.map(\.id), ["2401.00001", "2401.00003", "2401.00002"])
    }
}
