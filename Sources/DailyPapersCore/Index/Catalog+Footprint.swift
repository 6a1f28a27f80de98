/// What a catalog holds, part by part, in bytes: for the benchmark's `--focus memory`, so
/// that a cut in memory is aimed at what is large and measured before and after.
///
/// Arrays count their elements (not spare capacity); strings and arrays kept per paper
/// count their heap blocks with a 16-byte allocator header. Mapped columns count too:
/// their pages are resident once read.
extension Catalog {
    public var footprint: [(part: String, bytes: Int)] {
        var parts: [(String, Int)] = []
        let ix = index
        parts.append(("folded text", ix.folded.count))
        parts.append(("initials: codes", ix.initials.codes.count))
        parts.append(("initials: field starts", ix.initials.starts.count * 4))
        parts.append(("candidate index: slots", ix.candidates.words.count * 8))
        parts.append(("candidate index: byte sets", ix.candidates.byteSets.count * 8))
        parts.append(("letter pairs", ix.letterPairs.words.count * 8))
        parts.append(("field starts (3 × 4 B a paper)",
                      (ix.titleStart.count + ix.authorsStart.count + ix.summaryStart.count) * 4))
        let p = ix.places
        parts.append(("sort keys, ranks and places",
                      (ix.titleRank.count + ix.latestVotes.count + ix.latestDay.count + p.votes.count
                       + p.day.count + p.byVotes.count + p.byDay.count + p.byTitle.count) * 4))
        let common = ix.common
        parts.append(("common words", common.bits.count * 8 + common.words.reduce(0) { $0 + $1.count }))

        var stores = Set<ObjectIdentifier>(), sharedTexts = Set<ObjectIdentifier>()
        var storeBytes = 0, storeWords = 0, capitals = 0, capitalWords = 0, capitalMap = 0
        var titles = 0, appearanceBlocks = 0, appearanceTitles = 0, ids = 0
        let heapString = { (s: String) -> Int in s.utf8.count > 15 ? s.utf8.count + 1 + 32 + 16 : 0 }
        for paper in papers {
            let store = paper.body.store
            if stores.insert(ObjectIdentifier(store)).inserted {
                storeBytes += store.bytes.count
                storeWords += store.words.count * 4
                if let shared = store.shared, sharedTexts.insert(ObjectIdentifier(shared)).inserted {
                    capitals += shared.capitals.byteCount
                    capitalWords += shared.capitals.words.count
                    capitalMap += shared.capitals.wordCount
                }
            }
            ids += heapString(paper.id)
            titles += heapString(paper.ownTitle)
            if paper.storedAppearances.hasMore {
                appearanceBlocks += 32 + 16 + (paper.storedAppearances.count - 1) * MemoryLayout<Appearance>.stride
            }
            for a in paper.storedAppearances where !a.title.utf8.elementsEqual(paper.ownTitle.utf8) {
                appearanceTitles += heapString(a.title)
            }
        }
        parts.append(("capital bits (the \(capitalWords * 100 / max(1, capitalMap)) % of their words that hold one)", capitals))
        parts.append(("bodies: words (\(stores.count) stores)", storeWords))
        parts.append(("bodies: bytes (labels, links)", storeBytes))
        parts.append(("papers (\(MemoryLayout<Paper>.stride) B each)", papers.count * MemoryLayout<Paper>.stride))
        parts.append(("titles not read from the text (heap strings)", titles))
        parts.append(("ids (heap strings)", ids))
        parts.append(("appearances after each paper's first (\(MemoryLayout<Appearance>.stride) B each)", appearanceBlocks))
        parts.append(("appearance titles other than the paper's", appearanceTitles))
        parts.append(("id → position table", library.positionTableBytes))
        return parts
    }
}
