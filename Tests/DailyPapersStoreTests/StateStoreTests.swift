import DailyPapersCore
import DailyPapersStore
import Foundation
import GRDB
import XCTest

final class StateStoreTests: XCTestCase {
    func testMarksSurviveReopening() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("nested/state.sqlite").path
        let store = StateStore(path: path)
        XCTAssertTrue(store.isPersistent)
        XCTAssertNil(store.notice)
        store.setStarred("2404.16710", true)
        store.setRead("2404.16710", true)
        store.setNote("2404.16821", "compare with LLaVA")
        store.setRead("2404.16811", true)
        store.setRead("2404.16811", false)
        store.flush()

        let marks = StateStore(path: path).loadMarks()
        XCTAssertEqual(marks.count, 3)
        XCTAssertEqual(marks["2404.16710"]?.starred, true)
        XCTAssertEqual(marks["2404.16710"]?.read, true)
        XCTAssertNotNil(marks["2404.16710"]?.starredChanged)
        XCTAssertEqual(marks["2404.16821"]?.note, "compare with LLaVA")
        XCTAssertEqual(marks["2404.16821"]?.starred, false)
        XCTAssertEqual(marks["2404.16811"]?.read, false)
    }

    func testBlankNoteRemovesTheNote() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("state.sqlite").path
        let store = StateStore(path: path)
        store.setNote("2404.16710", "x")
        store.setNote("2404.16710", "  \n")
        store.flush()
        XCTAssertNil(StateStore(path: path).loadMarks()["2404.16710"]?.note)
    }

    func testSessionAndHistoryComeBack() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("state.sqlite").path
        let store = StateStore(path: path)
        XCTAssertNil(store.loadSession())
        var s = SessionSnapshot()
        s.query = "모델 votes:>=10"; s.sort = "day"; s.reversed = true; s.day = "2024-04-26"; s.minVotes = 5; s.selected = "2404.16710"
        store.saveSession(s)
        for q in ["layer", "diffusion", "layer", "  "] { store.appendHistory(q) }
        store.flush()
        let again = StateStore(path: path)
        XCTAssertEqual(again.loadSession(), s)
        XCTAssertEqual(again.loadHistory(), ["diffusion", "layer"])
    }

    func testTwoStoresOnOneFileKeepEachOthersChanges() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("state.sqlite").path
        let a = StateStore(path: path), b = StateStore(path: path)
        for i in 0..<200 {
            a.setStarred("2401.\(10000 + i)", true)
            b.setRead("2401.\(10000 + i)", true)
            b.setStarred("2402.\(10000 + i)", true)
        }
        a.flush(); b.flush()
        let marks = StateStore(path: path).loadMarks()
        XCTAssertEqual(marks.count, 400)
        XCTAssertTrue((0..<200).allSatisfy { marks["2401.\(10000 + $0)"]?.starred == true && marks["2401.\(10000 + $0)"]?.read == true })
        XCTAssertEqual(marks["2401.10199"]?.starred, true)
        XCTAssertEqual(marks["2401.10199"]?.read, true)
        XCTAssertEqual(marks["2402.10000"]?.starred, true)
    }
}

final class StateStoreFaultTests: XCTestCase {
    /// Readers started together on a new state file all create and migrate it at once.
    func testManyStoresCreatingOneFileAtOnce() throws {
        for _ in 0..<5 {
            let dir = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("state.sqlite").path
            let notices = NoticeBox()
            DispatchQueue.concurrentPerform(iterations: 8) { i in
                let store = StateStore(path: path)
                notices.add(store.isPersistent ? store.notice : "not persistent: \(store.notice ?? "")")
                store.setStarred("2401.0000\(i)", true)
                store.flush()
            }
            XCTAssertEqual(notices.all.compactMap { $0 }, [])
            XCTAssertEqual(StateStore(path: path).loadMarks().count, 8)
        }
    }

    func testCorruptedFileIsMovedAsideNeverDeleted() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("state.sqlite").path
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: path))

        let store = StateStore(path: path)
        XCTAssertTrue(store.isPersistent)
        let notice = try XCTUnwrap(store.notice)
        let aside = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .first { $0.hasPrefix("state.sqlite.unusable-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") })
        XCTAssertTrue(notice.contains(path), notice)
        XCTAssertTrue(notice.contains(dir.appendingPathComponent(aside).path), notice)
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent(aside)), garbage)
        store.setStarred("2404.16710", true)
        store.flush()
        XCTAssertEqual(StateStore(path: path).loadMarks()["2404.16710"]?.starred, true)
    }

    func testForeignSQLiteFileIsMovedAside() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("state.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)")
        }
        let store = StateStore(path: path)
        XCTAssertTrue(store.isPersistent)
        XCTAssertTrue(store.notice?.contains("foreign") == true, store.notice ?? "")
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("state.sqlite.unusable-") }
        XCTAssertFalse(aside.isEmpty)
        let kept = try DatabaseQueue(path: dir.appendingPathComponent(aside.sorted()[0]).path)
        XCTAssertEqual(try kept.read { try Double.fetchOne($0, sql: "SELECT total FROM invoices") }, 9.5)
    }

    func testUnwritableLocationRunsWithoutPersistence() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A file where the state folder should be: no permission trick, so it holds as root too.
        let blocker = dir.appendingPathComponent("state-home")
        try Data("not a folder".utf8).write(to: blocker)
        let store = StateStore(path: blocker.appendingPathComponent("dailypapers/state.sqlite").path)
        XCTAssertFalse(store.isPersistent)
        XCTAssertTrue(store.notice?.contains("not kept") == true, store.notice ?? "")
        // Writes are accepted and dropped; nothing throws or blocks.
        let done = expectation(description: "write acknowledged")
        store.setStarred("2404.16710", true) { _ in done.fulfill() }
        wait(for: [done], timeout: 5)
        XCTAssertEqual(store.loadMarks(), [:])

        let homeless = StateStore(path: StateLocation.path(explicit: nil, environment: [:]))
        XCTAssertFalse(homeless.isPersistent)
        XCTAssertNotNil(homeless.notice)
    }

    func testOlderSchemaOpensAndMigrates() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("state.sqlite").path
        // The first released schema, as a v1 reader wrote it.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                PRAGMA application_id = \(0x4450_5052);
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1: read and starred');
                CREATE TABLE paperState (id TEXT PRIMARY KEY NOT NULL, read BOOLEAN NOT NULL DEFAULT 0,
                    readAt DOUBLE, starred BOOLEAN NOT NULL DEFAULT 0, starredAt DOUBLE);
                INSERT INTO paperState (id, read, starred, starredAt) VALUES ('2404.16710', 1, 1, 1714000000);
                """)
        }
        let store = StateStore(path: path)
        XCTAssertNil(store.notice)
        let marks = store.loadMarks()
        XCTAssertEqual(marks["2404.16710"]?.starred, true)
        XCTAssertEqual(marks["2404.16710"]?.starredChanged, Date(timeIntervalSince1970: 1_714_000_000))
        store.setNote("2404.16710", "migrated")
        store.flush()
        XCTAssertEqual(StateStore(path: path).loadMarks()["2404.16710"]?.note, "migrated")
    }

    func testStateLocationOrder() {
        XCTAssertEqual(StateLocation.path(explicit: "/x/s.sqlite", environment: ["DAILYPAPERS_STATE": "/y"]), "/x/s.sqlite")
        XCTAssertEqual(StateLocation.path(explicit: nil, environment: ["DAILYPAPERS_STATE": "/y", "HOME": "/h"]), "/y")
        XCTAssertEqual(StateLocation.path(explicit: nil, environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]), "/s/dailypapers/state.sqlite")
        XCTAssertEqual(StateLocation.path(explicit: nil, environment: ["HOME": "/h"]), "/h/.local/state/dailypapers/state.sqlite")
    }
}

/// Collects what concurrent openings said.
final class NoticeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var notices: [String?] = []
    func add(_ n: String?) { lock.lock(); notices.append(n); lock.unlock() }
    var all: [String?] { lock.lock(); defer { lock.unlock() }; return notices }
}
