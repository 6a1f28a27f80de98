import XCTest

/// A PATH that does not exist is an error naming it, for every command that takes PATHs;
/// the PATHs that do exist are still read.
final class MissingPathTests: XCTestCase {
    let missing = "/nonexistent/digests"

    func testEveryCommandFailsOnAMissingPathAndNamesIt() throws {
        let commands = [["list"], ["list", "--format", "json"], ["show", "2404.16710"], ["days"], ["check"],
                        ["export"], ["browse"]]
        for command in commands {
            let r = try BinaryRunner.run(command + [missing])
            let name = command.joined(separator: " ")
            XCTAssertEqual(r.status, 1, name)
            XCTAssertEqual(r.stdout, "", name)
            XCTAssertEqual(r.stderr, "dailypapers: \(missing): no such file or folder\n", name)
        }
    }

    func testTheOtherPathsAreStillReadAndTheStatusIsOne() throws {
        let list = try BinaryRunner.run(["list", missing, BinaryRunner.seeds, "--format", "tsv"])
        XCTAssertEqual(list.status, 1)
        XCTAssertEqual(list.stdout.split(separator: "\n").count, 11, list.stdout)
        XCTAssertEqual(list.stderr, "dailypapers: \(missing): no such file or folder\n")

        let check = try BinaryRunner.run(["check", BinaryRunner.seeds, missing])
        XCTAssertEqual(check.status, 1)
        XCTAssertFalse(check.stdout.contains(missing), "a missing PATH is not a problem in the digests: \(check.stdout)")
        XCTAssertTrue(check.stdout.hasSuffix("10 papers, 0 problems\n"), check.stdout)
        XCTAssertEqual(check.stderr, "dailypapers: \(missing): no such file or folder\n")
    }

    func testAFileInPlaceOfAFolderIsMissingToo() throws {
        let r = try BinaryRunner.run(["days", BinaryRunner.seeds + "/000_aaa61af644286699.txt/more"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasSuffix("000_aaa61af644286699.txt/more: no such file or folder\n"), r.stderr)
    }
}
