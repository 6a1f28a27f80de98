import Foundation
import XCTest

/// The index cache from the command line: written once a command has answered, and never
/// the reason for an answer that differs from the digests'.
final class IndexCacheCommandTests: XCTestCase {
    /// About 9 MB of digests (a cache is kept from 8 MB on), 150 days of 32 papers.
    private func digests(in dir: URL) throws {
        let bullet = String(repeating: "대규모 언어 모델의 추론 성능을 높이는 새로운 방법을 제안한다. ", count: 4)
        for day in 0..<150 {
            var text = "## Daily Papers (2024-\(String(format: "%02d", 1 + day / 28))-\(String(format: "%02d", 1 + day % 28)))\n\n"
            for k in 0..<32 {
                let id = String(format: "2401.%05d", day * 32 + k)
                text += "### [Paper \(day)-\(k) on Models](https://arxiv.org/abs/\(id))\n\n**Vote: \(k)**\n\n"
                text += "**Authors:** Ada Lovelace, Alan Turing, Grace Hopper\n\n"
                for b in 0..<5 { text += "- \(b): \(bullet)\n" }
                text += "\n"
            }
            let file = dir.appendingPathComponent(String(format: "%03d.md", day))
            try Data(text.utf8).write(to: file)
        }
    }

    func testAListKeepsACacheThatTheNextListReadsAndAChangeIsSeen() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dp-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = root.appendingPathComponent("digests"), cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try digests(in: dir)
        // Files written within 2 s of a load are not cached (their times may not show a change).
        Thread.sleep(forTimeInterval: 2.1)
        let arguments = ["list", dir.path, "--query", "paper 149", "--format", "json"]
        let environment = ["DAILYPAPERS_CACHE": cache.path]

        let first = try BinaryRunner.run(arguments, environment: environment)
        XCTAssertEqual(first.status, 0, first.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        XCTAssertEqual(files.count, 1, "\(files)")
        XCTAssertTrue(files[0].hasSuffix(".index"), files[0])

        let second = try BinaryRunner.run(arguments, environment: environment)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stdout, first.stdout)
        let papers = try XCTUnwrap(try BinaryRunner.json(second.stdout) as? [[String: Any]])
        XCTAssertEqual(papers.count, 32)

        // A damaged cache: said on stderr, read around, written again.
        let cacheFile = cache.appendingPathComponent(files[0])
        try Data("not an index".utf8).write(to: cacheFile)
        let damaged = try BinaryRunner.run(arguments, environment: environment)
        XCTAssertEqual(damaged.stdout, first.stdout)
        XCTAssertTrue(damaged.stderr.contains("index cache: \(cacheFile.path)"), damaged.stderr)
        let again = try BinaryRunner.run(arguments, environment: environment)
        XCTAssertFalse(again.stderr.contains("index cache"), again.stderr)

        // A changed digest: its new title, not the cached one.
        let last = dir.appendingPathComponent("149.md")
        let text = try String(contentsOf: last, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "[Paper 149-0 on Models]", with: "[Paper 149-0 on Mamba]").utf8).write(to: last)
        let changed = try BinaryRunner.run(arguments, environment: environment)
        XCTAssertTrue(changed.stdout.contains("Paper 149-0 on Mamba"), changed.stdout)
        XCTAssertFalse(changed.stdout.contains("Paper 149-0 on Models"))

        // Off: nothing is written.
        let off = root.appendingPathComponent("off")
        let none = try BinaryRunner.run(arguments, environment: ["DAILYPAPERS_CACHE": "off", "XDG_CACHE_HOME": off.path])
        XCTAssertEqual(none.status, 0, none.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: off.path))
    }
}
