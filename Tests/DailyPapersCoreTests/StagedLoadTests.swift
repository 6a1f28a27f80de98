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

/// Enough files for the load to parse in batches, each merged on its own thread while the
/// next one parses: the result must be the serial merge of the files in path order.
final class BatchedLoadTests: XCTestCase {
    func testBatchedLoadsEqualTheSerialMergeInPathOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dailypapers-batched-\(getpid())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        var contents: [(path: String, bytes: [UInt8])] = []
        for f in 0..<240 {
            let day = String(format: "2024-%02d-%02d", 1 + f / 28, 1 + f % 28)
            var text = "## Daily Papers (\(day))\n\n"
            for k in 0..<3 {
                // Ids from a small pool: most papers appear on several days, in any order.
                let id = String(format: "2401.%05d", (f * 7 + k * 13) % 97)
                text += "### [Paper \(id) on \(day)](https://arxiv.org/abs/\(id))\nVote: \(f * 3 + k)\n\n"
                text += "Authors: A\(f), B\(k)\n\n- 요약 \(f) \(k)\n\n"
            }
            var bytes = Array(text.utf8)
            // Every 17th file has a byte that is not UTF-8: a problem, named by file and line.
            if f % 17 == 0 { bytes.insert(0xFF, at: bytes.count - 2) }
            let path = root.appendingPathComponent(String(format: "d%03d.md", f)).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            contents.append((path, bytes))
        }
        let serial = Loader.load(contents: contents)
        XCTAssertGreaterThan(serial.problems.count, 10)
        XCTAssertLessThan(serial.papers.count, 100)
        for library in [Loader.load([root.path]), Loader.load([root.path], firstBytes: 2_000) { _ in }] {
            XCTAssertEqual(library.papers, serial.papers)
            XCTAssertEqual(library.days, serial.days)
            XCTAssertEqual(library.problems, serial.problems)
            XCTAssertEqual(library.digestFiles, 240)
        }
    }
}
