import XCTest
@testable import DailyPapersCore

/// The reader's load: the newest files first, then the rest, ending with what `load` gives.
final class StagedLoadTests: XCTestCase {
    private final class Steps: @unchecked Sendable { var all: [Loader.Step] = [] }

    func testNewestFilesComeFirstThenProgressThenTheSameLibrary() throws {
        let root = TestSupport.fixture("archive")
        let steps = Steps()
        // The last two files in path order: deep/a/b/20.md and notes/README.md (not a digest).
        let readme = try FileManager.default.attributesOfItem(atPath: root + "/notes/README.md")[.size] as! Int
        let staged = Loader.load([root], firstBytes: readme + 1) { steps.all.append($0) }
        let plain = Loader.load([root])
        XCTAssertEqual(staged.papers, plain.papers)
        XCTAssertEqual(staged.days, plain.days)
        XCTAssertEqual(staged.problems, plain.problems)
        XCTAssertEqual(staged.digestFiles, plain.digestFiles)

        guard case let .first(first)? = steps.all.first else { return XCTFail("no first stage: \(steps.all)") }
        XCTAssertEqual(first.days.map(\.day.description), ["2023-11-20"])
        XCTAssertEqual(Set(first.papers.map(\.id)), ["2311.10122", "2311.10709"])
        let progress = steps.all.dropFirst().compactMap { step -> (Int, Int)? in
            if case let .progress(done, total) = step { return (done, total) }
            return nil
        }
        XCTAssertEqual(progress.count, steps.all.count - 1, "only progress after the first stage")
        XCTAssertEqual(progress.map(\.0), progress.map(\.0).sorted())
        XCTAssertEqual(progress.last?.0, 4)
        XCTAssertEqual(progress.last?.1, 4)
    }

    func testEverythingWithinTheFirstBytesIsOneStageWithoutAFirstReport() {
        let root = TestSupport.fixture("archive")
        let steps = Steps()
        let staged = Loader.load([root], firstBytes: 1 << 30) { steps.all.append($0) }
        XCTAssertEqual(staged.papers.count, 5)
        XCTAssertEqual(steps.all.count, 1)
        if case let .progress(done, total)? = steps.all.first {
            XCTAssertEqual([done, total], [4, 4])
        } else {
            XCTFail("expected one progress step: \(steps.all)")
        }
    }
}
