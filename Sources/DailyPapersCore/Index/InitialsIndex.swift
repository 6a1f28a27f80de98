import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an initials search (`ㅁㄷ`) reads: one byte per character that can match.
///
/// A Hangul syllable becomes the code of its initial consonant and a consonant letter
/// (`ㅁ` typed in the text) its own code, 1–30 for U+3131–U+314E; other characters are
/// left out, and a code that follows one of them (or begins its field) is marked
/// `wordStart`. The rule for initials only asks which consonant each character carries
/// and where a word starts, so it reads the same here as on a copy of the folded text with
/// consonants in place of syllables, a third of the bytes or less — and that copy, as
/// large as the text, is no longer kept. (A 0 between words, as first built, took a
/// quarter of the bytes: 12 MB at 100,000 papers.)
struct InitialsIndex: Sendable {
    let codes: Column<UInt8>
    /// `starts[p * 3 + f]` is where field `f` (title, authors, summary) of paper `p` begins;
    /// `starts[count * 3]` is the end. The field ends where the next one begins.
    let starts: [Int32]

    /// Marks a code that begins a word; codes are below it.
    static let wordStart: UInt8 = 0x20

    /// An index read back from a cache (`SearchIndex+Cache`).
    init(codes: Column<UInt8>, starts: [Int32]) { self.codes = codes; self.starts = starts }

    init(folded: [UInt8], titleStart: [TextOffset], authorsStart: [TextOffset], summaryStart: [TextOffset],
         progress: IndexProgress? = nil) {
        let count = titleStart.count - 1
        let parts = count > 0 ? IndexBuilder.slices(count) : []
        // Each slice writes its own piece, sized for the worst case: a code per byte. Pages
        // never written are never made resident.
        let pieces = parts.map { part in
            UnsafeMutableBufferPointer<UInt8>.allocate(capacity: part.isEmpty ? 1
                : Int(titleStart[part.upperBound] - titleStart[part.lowerBound]) + part.count * 3 + 1)
        }
        defer { for piece in pieces { piece.deallocate() } }
        var used = [Int](repeating: 0, count: parts.count)
        var starts = [Int32](repeating: 0, count: count * 3 + 1)
        let table = Self.codeTable()
        table.withUnsafeBufferPointer { table in
        let table = SendableBytes(UnsafeMutableBufferPointer(mutating: table))
        folded.withUnsafeBufferPointer { text in
            used.withUnsafeMutableBufferPointer { used in
                starts.withUnsafeMutableBufferPointer { starts in
                    let text = SendableBytes(UnsafeMutableBufferPointer(mutating: text))
                    let used = SendableInts(used), at = SendableInt32Out(starts)
                    let out = pieces.map(SendableBytes.init)
                    DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                        let codes = out[k].base.baseAddress!
                        var n = 0
                        for p in parts[k] {
                            for f in 0..<3 {
                                let lo = Int(f == 0 ? titleStart[p] : f == 1 ? authorsStart[p] : summaryStart[p])
                                let hi = Int(f == 0 ? authorsStart[p] : f == 1 ? summaryStart[p] : titleStart[p + 1]) - 1
                                // Offsets within this piece; shifted to the whole buffer below.
                                at.base[p * 3 + f] = Int32(n)
                                n = Self.write(text.base.baseAddress! + lo, count: hi - lo, to: codes, at: n,
                                               table: table.base.baseAddress!)
                            }
                        }
                        used.base[k] = n
                        progress?.advance(parts[k].count)
                    }
                }
            }
        }
        }
        var offset = 0
        for (k, part) in parts.enumerated() {
            for i in part.lowerBound * 3..<part.upperBound * 3 { starts[i] += Int32(offset) }
            offset += used[k]
        }
        precondition(offset <= Int(Int32.max))
        starts[count * 3] = Int32(offset)
        // Never empty, so that a scan always has an address (a 0 never matches).
        codes = Column(offset == 0 ? [0] : [UInt8](unsafeUninitializedCapacity: offset) { buffer, initialized in
            var at = 0
            for (k, piece) in pieces.enumerated() {
                (buffer.baseAddress! + at).update(from: piece.baseAddress!, count: used[k])
                at += used[k]
            }
            initialized = offset
        })
        self.starts = starts
    }

    /// Writes the codes of one field's folded text at `codes[start]`; returns where they end.
    ///
    /// Only a character of three bytes can carry a code, and in valid UTF-8 (the parser
    /// replaces what is not) a byte 0xE0–0xEF always begins one: the text is read eight
    /// bytes at a time for those, and the rest is never decoded. A code is unmarked when
    /// the character just before it ended where it begins and carried a code itself.
    /// Stepping from character to character, with a branch on each one's kind, took a
    /// fifth longer on the digests' text (27 MB of them, timed on their own). `table` is
    /// `codeTable()`, made once for the whole index.
    @inline(__always)
    static func write(_ text: UnsafePointer<UInt8>, count: Int, to codes: UnsafeMutablePointer<UInt8>, at start: Int,
                      table: UnsafePointer<UInt8>) -> Int {
        var n = start
        // Where the last character with a code ended; none yet, so a field's first is marked.
        var codeEnd = -1
        @inline(__always) func lead(_ p: Int) {
            guard p + 2 < count else { return }
            let c = table[Int(text[p] & 0x0F) << 12 | Int(text[p + 1] & 0x3F) << 6 | Int(text[p + 2] & 0x3F)]
            guard c != 0 else { return }
            codes[n] = c | (codeEnd == p ? 0 : wordStart)
            n += 1
            codeEnd = p + 3
        }
        var i = 0
        while i + 8 <= count {
            // High bit of each byte whose top four bits are 1110, exactly (no borrow between bytes).
            let y = UnsafeRawPointer(text + i).loadUnaligned(as: UInt64.self) & 0xF0F0_F0F0_F0F0_F0F0 ^ 0xE0E0_E0E0_E0E0_E0E0
            var leads = ~((y & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | y) & 0x8080_8080_8080_8080
            while leads != 0 {
                lead(i + leads.trailingZeroBitCount >> 3)
                leads &= leads &- 1
            }
            i += 8
        }
        while i < count {
            if text[i] & 0xF0 == 0xE0 { lead(i) }
            i += 1
        }
        return n
    }

    /// The code of the character whose UTF-8 starts at `s` (three bytes), or 0.
    @inline(__always)
    static func code(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> UInt8 {
        let v = (Int(b0 & 0x0F) << 12) | (Int(b1 & 0x3F) << 6) | Int(b2 & 0x3F)
        if v >= 0xAC00 && v <= 0xD7A3 {
            // `initialCode` packed five bits a consonant, as literals: a table, or constants
            // computed from it, went through a lazy global's check at every syllable.
            let k = (v - 0xAC00) / 588
            return UInt8(truncatingIfNeeded: (k < 12 ? packedLow >> UInt64(k * 5) : packedHigh >> UInt64((k - 12) * 5)) & 31)
        }
        if v >= 0x3131 && v <= 0x314E { return UInt8(v - 0x3130) }
        return 0
    }

    /// `code` of every three-byte character, by its scalar: one load where `code` tests
    /// ranges and divides, for each of the text's syllables.
    static func codeTable() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 1 << 16) { buffer, initialized in
            for v in 0..<(1 << 16) { buffer[v] = code(0xE0 | UInt8(v >> 12), 0x80 | UInt8(v >> 6 & 0x3F), 0x80 | UInt8(v & 0x3F)) }
            initialized = 1 << 16
        }
    }

    /// The codes of the 19 initial consonants, in the order syllables are composed.
    static let initialCode: [UInt8] = Hangul.initials.map { UInt8($0.value - 0x3130) }
    static let packedLow: UInt64 = 0x0BDA_B394_5283_9041
    static let packedHigh: UInt64 = 0x7_BBCD_EB38

    /// What `packedLow` and `packedHigh` hold (a test checks them against it).
    static func pack(_ codes: ArraySlice<UInt8>) -> UInt64 {
        codes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64($1.offset * 5) }
    }

    /// A needle's codes: nil unless it is made only of consonant letters.
    static func needle(_ folded: [UInt8]) -> [UInt8]? {
        guard !folded.isEmpty, folded.count % 3 == 0 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: folded.count, by: 3) {
            let c = code(folded[i], folded[i + 1], folded[i + 2])
            guard folded[i] == 0xE3, c != 0 else { return nil }
            out.append(c)
        }
        return out
    }

    /// Where a match of `needle` that begins at `at` (whose code is `needle[0]`, marked or
    /// not) ends within a field ending at `to`, by the rule for initials: the consonants on
    /// consecutive characters (`ㅁㄷ` in `언어모델`), or, from a word's start, on characters
    /// of that word in order (`ㄹㅇㅅㅋ` in `레이어스킵`). Skipping is allowed only from a
    /// word's start: anywhere, two consonants would match nearly every Korean text.
    @inline(__always)
    static func matchEnd(_ needle: UnsafeBufferPointer<UInt8>, in codes: UnsafePointer<UInt8>, at: Int, to: Int) -> Int? {
        let n = needle.count
        // Unmarked: a code after a word's start follows the one before it directly.
        var k = 1
        while k < n && at + k < to && codes[at + k] == needle[k] { k += 1 }
        if k == n { return at + n }
        guard codes[at] & wordStart != 0 else { return nil }
        var i = at + 1
        k = 1
        while k < n {
            guard i < to, codes[i] & wordStart == 0 else { return nil }
            if codes[i] == needle[k] { k += 1 }
            i += 1
        }
        return i
    }

    /// True when `codes[from..<to]` (one field) holds a match. The first code is found by
    /// `memchr`, marked and unmarked apart, the nearer of the two tried first.
    @inline(__always)
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in codes: UnsafePointer<UInt8>, from: Int, to: Int) -> Bool {
        let plain = needle[0], marked = needle[0] | wordStart
        @inline(__always) func next(_ c: UInt8, _ at: Int) -> Int {
            guard at < to, let hit = memchr(codes + at, Int32(c), to - at) else { return to }
            return codes.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        var a = next(plain, from), b = next(marked, from)
        while a < to || b < to {
            let at = min(a, b)
            if matchEnd(needle, in: codes, at: at, to: to) != nil { return true }
            if at == a { a = next(plain, at + 1) } else { b = next(marked, at + 1) }
        }
        return false
    }
}

/// Parallel workers each fill their own slot.
private struct SendableInts: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Int>
    init(_ base: UnsafeMutableBufferPointer<Int>) { self.base = base }
}

private struct SendableInt32Out: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Int32>
    init(_ base: UnsafeMutableBufferPointer<Int32>) { self.base = base }
}

extension InitialsIndex {
    /// One field's codes, as in the index, with the UTF-8 offset of each code's character
    /// within the field, for highlighting.
    static func decode(_ text: UnsafeBufferPointer<UInt8>) -> (codes: [UInt8], offsets: [Int]) {
        var codes: [UInt8] = [], offsets: [Int] = []
        var mark = wordStart
        var i = 0
        let n = text.count
        while i < n {
            let b = text[i], at = i
            var c: UInt8 = 0
            if b < 0x80 { i += 1 }
            else if b >= 0xE0 && b < 0xF0 {
                if i + 2 < n { c = code(b, text[i + 1], text[i + 2]) }
                i += 3
            } else { i += b >= 0xF0 ? 4 : b >= 0xC0 ? 2 : 1 }
            if c != 0 {
                codes.append(c | mark)
                offsets.append(at)
                mark = 0
            } else {
                mark = wordStart
            }
        }
        return (codes, offsets)
    }
}

extension SearchIndex {
    /// `fieldHits` for an initials needle: the bit of the first of `fields` that holds it
    /// (of each, with `every`), for every paper (or, with `among`, every paper where it is not 0).
    /// A field that holds a common word with the needle's consonants is not read; with
    /// `anyField` (and not `every`), such a field answers for the paper, first or not.
    func initialsHits(_ needle: [UInt8], fields: UInt8, among: [UInt8]?, every: Bool = false, anyField: Bool = false) -> [UInt8] {
        var hits = [UInt8](repeating: 0, count: count)
        guard count > 0, !needle.isEmpty else { return hits }
        let parts = count >= 2_048 ? IndexBuilder.slices(count) : [0..<count]
        let starts = initials.starts
        let holders = common.initialsHolders(of: needle) ?? []
        holders.withUnsafeBufferPointer { holders in
        let known = Known(holders, stride: (count + 63) / 64, anyField: anyField && !every)
        initials.codes.withUnsafeBufferPointer { codes in
            needle.withUnsafeBufferPointer { needle in
                hits.withUnsafeMutableBufferPointer { out in
                    starts.withUnsafeBufferPointer { starts in
                        let out = SendableBytes(out)
                        let codes = SendableBytes(UnsafeMutableBufferPointer(mutating: codes))
                        let needle = SendableBytes(UnsafeMutableBufferPointer(mutating: needle))
                        let starts = SendableInt32s(starts)
                        let scan: @Sendable (Range<Int>) -> Void = { part in
                            let base = UnsafePointer(codes.base.baseAddress!), needle = UnsafeBufferPointer(needle.base)
                            for p in part where among?[p] ?? 1 != 0 {
                                let answered = known.answer(p, fields: fields)
                                if answered != 0 { out.base[p] = answered; continue }
                                for f in 0..<3 where fields & (1 << f) != 0 {
                                    let from = Int(starts.base[p * 3 + f]), to = Int(starts.base[p * 3 + f + 1])
                                    if known.holds(p, f) || InitialsIndex.occurs(needle, in: base, from: from, to: to) {
                                        out.base[p] |= 1 << f
                                        if !every { break }
                                    }
                                }
                            }
                        }
                        if parts.count == 1 { scan(parts[0]) } else {
                            DispatchQueue.concurrentPerform(iterations: parts.count) { scan(parts[$0]) }
                        }
                    }
                }
            }
        }
        }
        return hits
    }

    /// Where an initials needle matches in one field, one range per matched syllable, as
    /// UTF-8 offsets into the field's text.
    func initialsOccurrences(_ needle: [UInt8], field: TextField, paper p: Int) -> [Range<Int>] {
        let r = range(of: field, paper: p)
        let (codes, offsets) = folded.withUnsafeBufferPointer { InitialsIndex.decode(UnsafeBufferPointer(rebasing: $0[r])) }
        var out: [Range<Int>] = []
        codes.withUnsafeBufferPointer { codes in
            needle.withUnsafeBufferPointer { needle in
                guard let base = codes.baseAddress else { return }
                var at = 0
                while at < codes.count {
                    guard codes[at] & ~InitialsIndex.wordStart == needle[0],
                          let end = InitialsIndex.matchEnd(needle, in: base, at: at, to: codes.count) else { at += 1; continue }
                    var k = 0
                    for i in at..<end where k < needle.count && codes[i] & ~InitialsIndex.wordStart == needle[k] {
                        out.append(offsets[i]..<offsets[i] + 3)
                        k += 1
                    }
                    at = end
                }
            }
        }
        return out
    }
}
