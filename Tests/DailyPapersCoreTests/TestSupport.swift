import Foundation
import XCTest
@testable import DailyPapersCore

/// Shared helpers: parse text or bytes, find the fixtures, the seed and ../shared.
enum TestSupport {
    /// The repository root: this file is Tests/DailyPapersCoreTests/TestSupport.swift.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seedPath: String { repoRoot.appendingPathComponent("seeds/000_aaa61af644286699.txt").path }

    /// `../shared`, next to the repository; nil when this checkout has none.
    static var sharedDir: URL? {
        let url = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue ? url : nil
    }

    static var fixtures: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static func fixture(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

    static func parse(_ text: String, path: String = "t.md") -> ParsedDigest {
        DigestParser().parse(Array(text.utf8), path: path)
    }

    static func parse(bytes: [UInt8], path: String = "t.md") -> ParsedDigest {
        DigestParser().parse(bytes, path: path)
    }

    static func library(_ files: (String, String)...) -> Library {
        Loader.load(contents: files.map { (path: $0.0, bytes: Array($0.1.utf8)) })
    }

    static func catalog(_ text: String) -> Catalog { Catalog(library(("t.md", text))) }

    /// A fresh folder under the temporary directory, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dailypapers-coretests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// A one-section digest around `body`: the heading is line 1, a blank line 2, `body` from line 3.
func digest(_ day: String, _ body: String) -> String {
    "## Daily Papers (\(day))\n\n" + body
}

func digest(_ body: String) -> String { digest("2024-04-26", body) }
