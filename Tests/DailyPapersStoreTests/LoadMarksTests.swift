import DailyPapersStore
import Foundation
import GRDB
import XCTest

/// `loadMarks` reads SQLite's columns itself; it must give what GRDB's rows give.
final class LoadMarksTests: XCTestCase {
    func testEveryColumnComesBackAsGRDBReadsIt() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("state.sqlite").path
        let store = StateStore(path: path)
        store.setRead("2404.00000", true)
        store.flush()
        let notes: [String?] = [nil, "compare with LLaVA", "모델 크기 🚀", "", "line\nbreak"]
        try DatabaseQueue(path: path).write { db in
            for i in 0..<500 {
                let at: (Int) -> Double? = { k in (i + k) % 3 == 0 ? nil : 1_714_000_000.25 + Double(i * 7 + k) }
                try db.execute(sql: """
                    INSERT OR REPLACE INTO paperState (id, read, readAt, starred, starredAt, note, noteAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [String(format: "2404.%05d", i), i % 2 == 0, at(0), i % 5 == 0, at(1), notes[i % notes.count], at(2)])
            }
        }
        let expected = try DatabaseQueue(path: path).read { db in
            var marks: [String: PaperMark] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, read, readAt, starred, starredAt, note, noteAt FROM paperState") {
                var m = PaperMark(read: row[1], starred: row[3], note: row[5])
                m.readChanged = (row[2] as Double?).map(Date.init(timeIntervalSince1970:))
                m.starredChanged = (row[4] as Double?).map(Date.init(timeIntervalSince1970:))
                m.noteChanged = (row[6] as Double?).map(Date.init(timeIntervalSince1970:))
                marks[row[0]] = m
            }
            return marks
        }
        let marks = StateStore(path: path).loadMarks()
        XCTAssertEqual(marks.count, 500)
        XCTAssertEqual(marks, expected)
        XCTAssertEqual(marks["2404.00002"]?.note, "모델 크기 🚀")
        XCTAssertNil(marks["2404.00000"]?.readChanged)
        XCTAssertEqual(marks["2404.00001"]?.readChanged, Date(timeIntervalSince1970: 1_714_000_000.25 + 7))
    }
}
