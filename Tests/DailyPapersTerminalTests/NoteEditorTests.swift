import XCTest
import Foundation
import Glibc
@testable import DailyPapersTerminal

/// The note goes to the editor in a file nobody else can have prepared.
final class NoteEditorTests: XCTestCase {
    private var dir = ""
    private var oldTmp: String?

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "note-editor-tests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir + "/tmp", withIntermediateDirectories: true)
        oldTmp = getenv("TMPDIR").map { String(cString: $0) }
        setenv("TMPDIR", dir + "/tmp", 1)
    }

    override func tearDownWithError() throws {
        if let oldTmp { setenv("TMPDIR", oldTmp, 1) } else { unsetenv("TMPDIR") }
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// An editor that records the path it was given and its folder's mode, then writes.
    private func editor(writing text: String) throws -> String {
        let script = dir + "/editor.sh"
        try """
        #!/bin/sh
        printf '%s\\n' "$1" > '\(dir)/record'
        stat -c '%a' "$(dirname "$1")" >> '\(dir)/record'
        printf '\(text)' > "$1"
        """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return script
    }

    func testTheNoteIsInAPrivateFolderThatIsRemovedAfterwards() throws {
        let result = NoteEditor.edit("old", id: "2404.16710", editor: try editor(writing: "new note"))
        guard case let .success(edited) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(edited, "new note")
        let record = try String(contentsOfFile: dir + "/record", encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(record.count, 2)
        let path = record[0], folder = (path as NSString).deletingLastPathComponent
        XCTAssertEqual((path as NSString).lastPathComponent, "note-2404.16710.md")
        XCTAssertEqual((folder as NSString).deletingLastPathComponent, dir + "/tmp")
        XCTAssertTrue((folder as NSString).lastPathComponent.hasPrefix("dailypapers-note-"))
        XCTAssertEqual(record[1], "700", "only the user can add a file or link to it")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "removed with the note")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/tmp"), [])
    }

    func testAnUnchangedNoteIsNil() throws {
        let result = NoteEditor.edit("same", id: "a/b", editor: try editor(writing: "same"))
        guard case let .success(edited) = result else { return XCTFail("\(result)") }
        XCTAssertNil(edited)
        let path = try String(contentsOfFile: dir + "/record", encoding: .utf8).split(separator: "\n")[0]
        XCTAssertTrue(path.hasSuffix("/note-a_b.md"), String(path))
    }

    func testAFileIsNeverWrittenThroughALinkOrOverAnother() throws {
        let victim = dir + "/victim"
        try "VICTIM".write(toFile: victim, atomically: true, encoding: .utf8)
        let link = dir + "/tmp/planted.md"
        XCTAssertEqual(symlink(victim, link), 0)
        XCTAssertNotNil(NoteFile.create(link, holding: "note"))
        XCTAssertNotNil(NoteFile.create(victim, holding: "note"))
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "VICTIM")
        XCTAssertNil(NoteFile.create(dir + "/tmp/fresh.md", holding: "노트"))
        XCTAssertEqual(try String(contentsOfFile: dir + "/tmp/fresh.md", encoding: .utf8), "노트")
    }

    func testAFailingEditorLeavesTheNoteAndNoFile() throws {
        let result = NoteEditor.edit("old", id: "x", editor: "false")
        guard case let .failure(e) = result else { return XCTFail("\(result)") }
        XCTAssertTrue(e.message.contains("did not exit cleanly"), e.message)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/tmp"), [])
    }
}
