import GRDB

/// The store's schema, version by version. A file written by an older version is migrated
/// forward when opened; migrations are never edited once released, only added.
enum StateSchema {
    /// `DPPR`: marks a file as ours, so that a foreign SQLite file is recognised.
    static let applicationID: Int32 = 0x4450_5052

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: read and starred") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "paperState") { t in
                t.primaryKey("id", .text)
                t.column("read", .boolean).notNull().defaults(to: false)
                t.column("readAt", .double)
                t.column("starred", .boolean).notNull().defaults(to: false)
                t.column("starredAt", .double)
            }
        }
        m.registerMigration("v2: notes, session, search history") { db in
            try db.alter(table: "paperState") { t in
                t.add(column: "note", .text)
                t.add(column: "noteAt", .double)
            }
            try db.create(table: "session") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "searchHistory") { t in
                t.primaryKey("query", .text)
                t.column("usedAt", .double).notNull()
            }
        }
        return m
    }
}
