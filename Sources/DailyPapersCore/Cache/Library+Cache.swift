/// A library in an index cache: papers as columns, their text stores and capitals as they
/// are held in memory, so that reading it back allocates a few strings a paper and no more.
/// A paper whose body holds its title (its store has a shared text) has no title string,
/// and its appearances with that title inherit it.
extension Library {
    func encode(to w: inout CacheWriter) throws {
        var files = StringColumn()
        var fileOf: [String: Int] = [:]
        let (stores, storeOf, shared, sharedOf) = numberedStores()
        try w.write([Int64(papers.count), Int64(digestFiles), Int64(stores.count), Int64(shared.count)])
        // The arrays below are written as they are made (`CacheWriter.writeMade`): made
        // whole first, they raised the reader's peak, which comes as this runs (the strings
        // alone by 5 MB at 100,000 papers, grown by doubling).
        try writeStrings(to: &w)
        try w.writeMade(UInt32.self, count: papers.count * 4) { add in
            for paper in papers {
                try add(UInt32(paper.storedAppearances.count))
                try add(paper.authorsTruncated ? 1 : 0)
                try add(UInt32(storeOf[ObjectIdentifier(paper.body.store)]!))
                try add(UInt32(paper.body.at))
            }
        }
        try writeColumn(Int32.self, to: &w) { _, a in a.day.packed }
        try writeColumn(Int64.self, to: &w) { _, a in a.votes.map(Int64.init) ?? Int64.min }
        try writeColumn(UInt32.self, to: &w) { _, a in
            UInt32(fileOf[a.source.path] ?? {
                files.add(a.source.path)
                fileOf[a.source.path] = files.count - 1
                return files.count - 1
            }())
        }
        try writeColumn(Int64.self, to: &w) { _, a in Int64(a.source.line) }
        try writeColumn(UInt8.self, to: &w) { paper, a in
            (paper.body.holdsTitle ? a.inheritsTitle : a.title == paper.ownTitle) ? 1 : 0
        }
        try files.write(to: &w)
        try w.write(shared.map { Int64($0.base) })
        try w.write(shared.map { Int64($0.capitals.wordCount) })
        for text in shared { try w.write(text.capitals.present); try w.write(text.capitals.words) }
        try w.write(stores.map { $0.shared.map { Int32(sharedOf[ObjectIdentifier($0)]!) } ?? -1 })
        for store in stores { try w.write(store.bytes); try w.write(store.words) }
        var problemText = StringColumn()
        for p in problems { problemText.add(p.path); problemText.add(p.message) }
        try problemText.write(to: &w)
        try w.write(problems.map { Int64($0.line) })
    }

    /// The papers' text stores and their shared texts, each numbered in the order first met.
    private func numberedStores() -> (stores: [TextStore], storeOf: [ObjectIdentifier: Int],
                                      shared: [SharedText], sharedOf: [ObjectIdentifier: Int]) {
        var storeOf: [ObjectIdentifier: Int] = [:], stores: [TextStore] = []
        var sharedOf: [ObjectIdentifier: Int] = [:], shared: [SharedText] = []
        for paper in papers {
            let store = paper.body.store
            guard storeOf[ObjectIdentifier(store)] == nil else { continue }
            storeOf[ObjectIdentifier(store)] = stores.count
            stores.append(store)
            if let text = store.shared, sharedOf[ObjectIdentifier(text)] == nil {
                sharedOf[ObjectIdentifier(text)] = shared.count
                shared.append(text)
            }
        }
        return (stores, storeOf, shared, sharedOf)
    }

    /// Every paper's id, its title when its body does not hold it, and each appearance's
    /// title unless inherited: a `StringColumn`, written as it is made.
    private func writeStrings(to w: inout CacheWriter) throws {
        var count = 0, bytes = 0
        forEachString { count += 1; bytes += $0.utf8.count }
        try w.writeMade(UInt8.self, count: bytes) { add in
            try forEachString { s in for b in s.utf8 { try add(b) } }
        }
        var end: UInt64 = 0
        try w.writeMade(UInt64.self, count: count) { add in
            try forEachString { s in
                end += UInt64(s.utf8.count)
                try add(end)
            }
        }
    }

    private func forEachString(_ body: (String) throws -> Void) rethrows {
        for paper in papers {
            try body(paper.id)
            if !paper.body.holdsTitle { try body(paper.ownTitle) }
            for a in paper.storedAppearances where !(paper.body.holdsTitle ? a.inheritsTitle : a.title == paper.ownTitle) {
                try body(a.title)
            }
        }
    }

    /// One value per appearance, every paper's in order, written as one array.
    private func writeColumn<T: BitwiseCopyable>(_: T.Type, to w: inout CacheWriter,
                                                 _ value: (Paper, Appearance) -> T) throws {
        try w.writeMade(T.self, count: appearanceCount) { add in
            for paper in papers {
                for a in paper.storedAppearances { try add(value(paper, a)) }
            }
        }
    }

    /// The library `encode` wrote, its papers reading their text from `folded` (the index's).
    /// Everything a paper's reading would trust is checked first: a damaged file is refused,
    /// never read out of bounds.
    static func decode(from r: inout CacheReader, folded: Column<UInt8>) throws -> Library {
        let counts: [Int64] = try r.array()
        guard counts.count == 4, counts.allSatisfy({ $0 >= 0 && $0 < Int64(Int32.max) }) else { throw damaged("counts") }
        let paperCount = Int(counts[0]), digestFiles = Int(counts[1]), storeCount = Int(counts[2]), sharedCount = Int(counts[3])
        let strings = try StringColumn(from: &r)
        let paperWords: [UInt32] = try r.array()
        let days: [Int32] = try r.array(), votes: [Int64] = try r.array(), fileColumn: [UInt32] = try r.array()
        let lines: [Int64] = try r.array(), sameTitle: [UInt8] = try r.array()
        let files = try StringColumn(from: &r)
        let bases: [Int64] = try r.array(), capitalWords: [Int64] = try r.array()
        guard paperWords.count == paperCount * 4, bases.count == sharedCount, capitalWords.count == sharedCount,
              votes.count == days.count, fileColumn.count == days.count, lines.count == days.count,
              sameTitle.count == days.count else { throw damaged("paper columns") }
        var shared: [SharedText] = []
        for k in 0..<sharedCount {
            let present: [UInt64] = try r.array(), words: [UInt64] = try r.array()
            guard bases[k] >= 0, bases[k] <= Int64(folded.count), capitalWords[k] <= Int64(Int32.max),
                  let capitals = SparseBits(wordCount: Int(capitalWords[k]), present: present, words: words)
            else { throw damaged("capitals") }
            shared.append(SharedText(folded: folded, capitals: capitals, base: Int(bases[k])))
        }
        let owners: [Int32] = try r.array()
        guard owners.count == storeCount else { throw damaged("stores") }
        var stores: [TextStore] = []
        stores.reserveCapacity(storeCount)
        for owner in owners {
            let bytes: [UInt8] = try r.array(), words: [UInt32] = try r.array()
            guard owner >= -1, owner < Int32(sharedCount) else { throw damaged("stores") }
            stores.append(TextStore(bytes: bytes, words: words, shared: owner < 0 ? nil : shared[Int(owner)]))
        }
        let problemText = try StringColumn(from: &r)
        let problemLines: [Int64] = try r.array()
        guard problemText.count == problemLines.count * 2 else { throw damaged("problems") }
        let paths = (0..<files.count).map(files.string)

        // Checked first, and where each paper's strings and appearances start; then the
        // papers are made on this thread while the id table and the days are made from the
        // columns on another.
        var firstString = [Int](repeating: 0, count: paperCount + 1)
        var firstAppearance = [Int](repeating: 0, count: paperCount + 1)
        var s = 0, a = 0
        for p in 0..<paperCount {
            let appearanceCount = Int(paperWords[p * 4]), store = Int(paperWords[p * 4 + 2]), at = Int(paperWords[p * 4 + 3])
            guard appearanceCount > 0, appearanceCount <= days.count - a, store < storeCount,
                  PaperBody.wellFormed(stores[store], at: at) else { throw damaged("paper \(p)") }
            firstString[p] = s
            firstAppearance[p] = a
            s += stores[store].shared != nil ? 1 : 2
            for k in a..<a + appearanceCount {
                guard Day(packed: days[k]) != nil,
                      Int(fileColumn[k]) < paths.count, lines[k] >= 0 else { throw damaged("paper \(p)") }
                if sameTitle[k] == 0 { s += 1 }
            }
            a += appearanceCount
        }
        guard a == days.count, s == strings.count else { throw damaged("paper columns") }
        firstString[paperCount] = s
        firstAppearance[paperCount] = a
        let starts = firstString
        let (known, papers) = alongside({ () -> (PositionTable, [DaySummary]) in
            let positions = PositionTable(count: paperCount) { strings.string(starts[$0]) }
            var tally = DayTally()
            for k in days.indices { tally.add(Day(packed: days[k])!, votes: votes[k] == Int64.min ? nil : Int(votes[k])) }
            return (positions, tally.summaries)
        }, { () -> [Paper] in
            var papers: [Paper] = []
            papers.reserveCapacity(paperCount)
            for p in 0..<paperCount {
                var s = starts[p]
                let store = Int(paperWords[p * 4 + 2]), at = Int(paperWords[p * 4 + 3])
                let holdsTitle = stores[store].shared != nil
                let id = strings.string(s), title = holdsTitle ? "" : strings.string(s + 1)
                s += holdsTitle ? 1 : 2
                var appearances: [Appearance] = []
                appearances.reserveCapacity(firstAppearance[p + 1] - firstAppearance[p])
                for k in firstAppearance[p]..<firstAppearance[p + 1] {
                    var t = title
                    if sameTitle[k] == 0 {
                        t = strings.string(s)
                        s += 1
                    }
                    var a = Appearance(day: Day(packed: days[k])!, votes: votes[k] == Int64.min ? nil : Int(votes[k]), title: t,
                                       source: SourceLocation(path: paths[Int(fileColumn[k])], line: Int(lines[k])))
                    a.inheritsTitle = holdsTitle && sameTitle[k] != 0
                    appearances.append(a)
                }
                papers.append(Paper(id: id, title: title, authorsTruncated: paperWords[p * 4 + 1] != 0,
                                    appearances: appearances, body: PaperBody(store: stores[store], at: at)))
            }
            return papers
        })
        let problems = (0..<problemLines.count).map {
            Problem(path: problemText.string($0 * 2), line: Int(problemLines[$0]), message: problemText.string($0 * 2 + 1))
        }
        return Library(papers: papers, problems: problems, digestFiles: digestFiles, positions: known.0, days: known.1)
    }

    private static func damaged(_ what: String) -> CacheFailure { CacheFailure("holds damaged \(what)") }
}
