import DailyPapersCore
import Foundation
import GRDB
import GRDBSQLite

/// The user's state in SQLite (WAL, through a GRDB `DatabasePool`).
///
/// Reads happen once, at start; every change is written in the background on GRDB's
/// serial writer queue, so that a keystroke never waits on the disk. Opening never fails:
/// a corrupted or foreign file is moved aside and replaced, and when no file can be
/// written at all the store keeps nothing and says so in `notice`.
public final class StateStore: Sendable {
    /// The file in use, or nil when nothing is kept.
    public let path: String?
    /// A message for the user about how the store was opened (moved aside, not kept), if any.
    public let notice: String?
    private let pool: DatabasePool?

    public var isPersistent: Bool { pool != nil }

    /// Opens (creating or migrating) the store at `path`; nil means keep nothing.
    public init(path: String?) {
        guard let path else {
            self.path = nil; pool = nil
            notice = "no home folder: read marks, stars and notes are not kept"
            return
        }
        do {
            pool = try Self.openRetrying(path)
            self.path = path
            notice = nil
        } catch let failure as OpenFailure {
            switch failure {
            case .unusable(let why):
                // Corrupted or foreign: keep the file for the user, start afresh.
                let aside = Self.asidePath(for: path)
                do {
                    try Self.moveAside(path, to: aside)
                    pool = try Self.openChecked(path)
                    self.path = path
                    notice = "\(path) was \(why); moved it to \(aside) and started a new state file"
                } catch {
                    pool = nil; self.path = nil
                    notice = "\(path) was \(why) and could not be moved aside (\(Self.describe(error))): changes are not kept"
                }
            case .cannotWrite(let why):
                pool = nil; self.path = nil
                notice = "cannot keep state in \(path) (\(why)): read marks, stars and notes are not kept"
            }
        } catch {
            pool = nil; self.path = nil
            notice = "cannot open \(path) (\(Self.describe(error))): changes are not kept"
        }
    }

    enum OpenFailure: Error {
        case unusable(String)
        case cannotWrite(String)
    }

    private static func openChecked(_ path: String) throws -> DatabasePool {
        let dir = (path as NSString).deletingLastPathComponent
        do {
            if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        } catch {
            throw OpenFailure.cannotWrite(describe(error))
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let e as DatabaseError where e.resultCode == .SQLITE_NOTADB || e.resultCode == .SQLITE_CORRUPT {
            throw OpenFailure.unusable("not a dailypapers state file (\(e.resultCode))")
        } catch let e as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR].contains(e.resultCode) {
            throw OpenFailure.cannotWrite(e.message ?? "\(e.resultCode)")
        }
        do {
            let (appID, tables, migrated) = try pool.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"),
                 try db.tableExists("grdb_migrations"))
            }
            if appID != 0 && appID != StateSchema.applicationID { throw OpenFailure.unusable("a foreign SQLite file") }
            if appID == 0 && !tables.isEmpty && !migrated { throw OpenFailure.unusable("a foreign SQLite file") }
            try migrate(pool)
            let check = try pool.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
            if check != "ok" { throw OpenFailure.unusable("corrupted (\(check ?? "no answer"))") }
        } catch let e as DatabaseError where e.resultCode == .SQLITE_NOTADB || e.resultCode == .SQLITE_CORRUPT {
            try? pool.close()
            throw OpenFailure.unusable("corrupted or not a dailypapers state file")
        } catch let e as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR].contains(e.resultCode) {
            try? pool.close()
            throw OpenFailure.cannotWrite(e.message ?? "\(e.resultCode)")
        } catch {
            try? pool.close()
            throw error
        }
        return pool
    }

    /// Another process opening the same new file may hold it locked for a moment (switching
    /// it to WAL, migrating): wait for it rather than give up persistence.
    private static func openRetrying(_ path: String) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try openChecked(path)
            } catch let e as DatabaseError where attempt < 50 && [.SQLITE_BUSY, .SQLITE_LOCKED].contains(e.resultCode) {
                attempt += 1
                usleep(20_000)
            }
        }
    }

    /// GRDB reads which migrations were applied before running the others, each in its own
    /// transaction: two processes creating the file at once can both try the first one.
    /// The loser's transaction rolls back; trying again then finds the schema in place.
    private static func migrate(_ pool: DatabasePool) throws {
        var attempt = 0
        while true {
            do {
                try StateSchema.migrator.migrate(pool)
                return
            } catch let e as DatabaseError where attempt < 50 && [.SQLITE_ERROR, .SQLITE_BUSY, .SQLITE_LOCKED].contains(e.resultCode) {
                attempt += 1
                usleep(20_000)
            }
        }
    }

    static func asidePath(for path: String) -> String {
        let stamp = Int(Date().timeIntervalSince1970)
        var candidate = "\(path).unusable-\(stamp)"
        var n = 1
        while FileManager.default.fileExists(atPath: candidate) { n += 1; candidate = "\(path).unusable-\(stamp)-\(n)" }
        return candidate
    }

    private static func moveAside(_ path: String, to aside: String) throws {
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return (error as NSError).localizedDescription
    }

    // MARK: - Reading, once at start

    /// Every recorded mark by arXiv id.
    ///
    /// Read column by column straight from SQLite: going through GRDB's `Row` for each of
    /// 100,000 rows cost more than the query itself.
    public func loadMarks() -> [String: PaperMark] {
        guard let pool else { return [:] }
        return (try? pool.read { db in
            let statement = try db.makeStatement(sql: "SELECT id, read, readAt, starred, starredAt, note, noteAt FROM paperState")
            let s = statement.sqliteStatement
            var marks: [String: PaperMark] = [:]
            marks.reserveCapacity(Int(try Int.fetchOne(db, sql: "SELECT count(*) FROM paperState") ?? 0))
            func text(_ column: Int32) -> String? {
                guard sqlite3_column_type(s, column) != SQLITE_NULL, let bytes = sqlite3_column_text(s, column) else { return nil }
                return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(s, column))), as: UTF8.self)
            }
            func date(_ column: Int32) -> Date? {
                sqlite3_column_type(s, column) == SQLITE_NULL ? nil : Date(timeIntervalSince1970: sqlite3_column_double(s, column))
            }
            while true {
                let step = sqlite3_step(s)
                if step == SQLITE_DONE { break }
                guard step == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: step)) }
                guard let id = text(0) else { continue }
                var m = PaperMark(read: sqlite3_column_int64(s, 1) != 0, starred: sqlite3_column_int64(s, 3) != 0, note: text(5))
                m.readChanged = date(2)
                m.starredChanged = date(4)
                m.noteChanged = date(6)
                marks[id] = m
            }
            return marks
        }) ?? [:]
    }

    public func loadSession() -> SessionSnapshot? {
        guard let pool else { return nil }
        let pairs = try? pool.read { db in
            try Row.fetchAll(db, sql: "SELECT key, value FROM session").reduce(into: [String: String]()) { $0[$1[0]] = $1[1] }
        }
        guard let pairs, !pairs.isEmpty else { return nil }
        return SessionSnapshot(pairs: pairs)
    }

    /// Earlier searches, oldest first, at most `limit`.
    public func loadHistory(limit: Int = 200) -> [String] {
        guard let pool else { return [] }
        return ((try? pool.read { db in
            try String.fetchAll(db, sql: "SELECT query FROM searchHistory ORDER BY usedAt DESC, query LIMIT ?", arguments: [limit])
        }) ?? []).reversed()
    }

    // MARK: - Writing, in the background

    public typealias Completion = @Sendable (Result<Void, Error>) -> Void

    public func setRead(_ id: String, _ read: Bool, completion: Completion? = nil) {
        write(completion) { db, now in
            try db.execute(sql: """
                INSERT INTO paperState (id, read, readAt) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET read = excluded.read, readAt = excluded.readAt
                """, arguments: [id, read, now])
        }
    }

    public func setStarred(_ id: String, _ starred: Bool, completion: Completion? = nil) {
        write(completion) { db, now in
            try db.execute(sql: """
                INSERT INTO paperState (id, starred, starredAt) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET starred = excluded.starred, starredAt = excluded.starredAt
                """, arguments: [id, starred, now])
        }
    }

    /// An empty or blank note removes the note.
    public func setNote(_ id: String, _ note: String?, completion: Completion? = nil) {
        let text = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        write(completion) { db, now in
            try db.execute(sql: """
                INSERT INTO paperState (id, note, noteAt) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET note = excluded.note, noteAt = excluded.noteAt
                """, arguments: [id, text, now])
        }
    }

    public func saveSession(_ s: SessionSnapshot, completion: Completion? = nil) {
        write(completion) { db, _ in
            for (k, v) in s.pairs {
                try db.execute(sql: "INSERT INTO session (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [k, v])
            }
        }
    }

    /// Records a search; the history keeps the 500 most recent distinct queries.
    public func appendHistory(_ query: String, completion: Completion? = nil) {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { completion?(.success(())); return }
        write(completion) { db, now in
            try db.execute(sql: "INSERT INTO searchHistory (query, usedAt) VALUES (?, ?) ON CONFLICT(query) DO UPDATE SET usedAt = excluded.usedAt",
                           arguments: [q, now])
            try db.execute(sql: "DELETE FROM searchHistory WHERE query NOT IN (SELECT query FROM searchHistory ORDER BY usedAt DESC LIMIT 500)")
        }
    }

    /// Waits until every change asked for so far is on disk (at exit).
    public func flush() {
        guard let pool else { return }
        pool.writeWithoutTransaction { _ in }
    }

    private func write(_ completion: Completion?, _ body: @escaping @Sendable (Database, Double) throws -> Void) {
        guard let pool else { completion?(.success(())); return }
        let now = Date().timeIntervalSince1970
        pool.asyncWrite({ db in try body(db, now) }, completion: { _, result in completion?(result) })
    }
}
