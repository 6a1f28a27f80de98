import Foundation
import XCTest
@testable import DailyPapersCore

/// Loading (start-up, `r`) while another program writes a digest: partly written, replaced
/// by a rename, deleted. No load may crash or lose the papers of the other files.
final class ChangingFilesTests: XCTestCase {
    func testLoadsWhileADigestIsWrittenRenamedAndDeleted() throws {
        let dir = try TestSupport.temporaryFolder(self)
        var stable = 0
        for day in 1...5 {
            var text = "## Daily Papers (2024-05-0\(day))\n"
            for k in 0..<20 {
                text += "### [Stable \(day)-\(k)](https://arxiv.org/abs/2405.\(String(format: "%05d", day * 100 + k)))\nVote: \(k)\n- 요약\n"
                stable += 1
            }
            try TestSupport.write(text, to: dir.appendingPathComponent("2024/05/0\(day).md"))
        }
        let churn = dir.appendingPathComponent("2024/05/09.md")
        let temp = dir.appendingPathComponent("2024/05/.09.md.tmp")
        var full = "## Daily Papers (2024-05-09)\n"
        for k in 0..<200 { full += "### [Churn \(k)](https://arxiv.org/abs/2405.\(String(format: "%05d", 9000 + k)))\nVote: 1\n- 바뀌는 중\n" }
        let bytes = Array(full.utf8)

        let stop = StopFlag()
        let writer = Thread {
            var n = 0
            while !stop.isSet {
                n += 1
                switch n % 3 {
                case 0:
                    // Written in place, a piece at a time: a reader sees it cut anywhere.
                    if let handle = FileHandle(forWritingAtPath: churn.path) ?? {
                        _ = FileManager.default.createFile(atPath: churn.path, contents: nil); return FileHandle(forWritingAtPath: churn.path)
                    }() {
                        try? handle.truncate(atOffset: 0)
                        for chunk in stride(from: 0, to: bytes.count, by: 997) {
                            handle.write(Data(bytes[chunk..<min(bytes.count, chunk + 997)]))
                        }
                        try? handle.close()
                    }
                case 1:
                    // Replaced by a rename, as careful writers (and `dailypapers fetch`) do.
                    _ = FileManager.default.createFile(atPath: temp.path, contents: Data(bytes))
                    _ = rename(temp.path, churn.path)
                default:
                    try? FileManager.default.removeItem(at: churn)
                }
            }
        }
        writer.start()
        defer { stop.set() }
        for _ in 0..<60 {
            let library = Loader.load([dir.path])
            let stablePapers = library.papers.filter { $0.title.hasPrefix("Stable") }
            XCTAssertEqual(stablePapers.count, stable)
            XCTAssertLessThanOrEqual(library.papers.count, stable + 200)
            // A cut file may report its last line; nothing else is wrong.
            for p in library.problems { XCTAssertTrue(p.path.hasSuffix("09.md"), p.description) }
        }
        stop.set()
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
