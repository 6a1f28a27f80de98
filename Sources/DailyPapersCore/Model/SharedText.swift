/// Authors and summaries read from a catalog's folded text instead of a copy of their own.
///
/// The index keeps every paper's text folded; folding keeps each character's length and,
/// for the papers kept here, changes nothing but ASCII capitals. So the text as written is
/// the folded text with the bytes marked in `capitals` upper-cased again, and a catalog
/// need not hold its text twice (at 100,000 papers the second copy was 140 MB).
final class SharedText: @unchecked Sendable {
    let folded: Column<UInt8>
    /// Bit `i - base` is set when byte `i` of `folded` was an ASCII capital. One per chunk
    /// of papers (`IndexBuilder.text`), covering that chunk's bytes: chunks are folded in
    /// parallel, each marking only its own bits.
    let capitals: SparseBits
    let base: Int

    init(folded: Column<UInt8>, capitals: SparseBits, base: Int) {
        self.folded = folded; self.capitals = capitals; self.base = base
    }

    /// The bytes `r` of `folded` as they were written.
    func string(_ r: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: r.count) { out in
            folded.withUnsafeBufferPointer { src in
                guard !r.isEmpty else { return }
                out.baseAddress!.initialize(from: src.baseAddress! + r.lowerBound, count: r.count)
            }
            eachCapital(in: r) { i in out[i - r.lowerBound] &= 0xDF }
            return r.count
        }
    }

    /// Calls `body` with the offset in `folded` of each capital within `r`.
    @inline(__always)
    func eachCapital(in r: Range<Int>, _ body: (Int) -> Void) {
        var i = r.lowerBound - base
        let end = r.upperBound - base
        while i < end {
            let span = min(64 - (i & 63), end - i)
            var w = capitals.word(i >> 6) >> UInt64(i & 63)
            if span < 64 { w &= (1 << UInt64(span)) - 1 }
            while w != 0 {
                body(base + i + w.trailingZeroBitCount)
                w &= w - 1
            }
            i += span
        }
    }
}

extension PaperBody {
    /// Appends this record's words to `words` in `PaperBody`'s layout, with its authors and
    /// summary at `authorsAt` and `summaryAt` of a shared text, its title of `titleLength`
    /// bytes before them, and its labels and links copied to `bytes`; returns where its
    /// words start. A label already in `labels` (a
    /// chunk's papers use a handful: `What's New`, …) is not copied again, and a thumbnail
    /// on the usual host keeps only its id (`templated`).
    func rebased(titleLength: Int, authorsAt: Int, summaryAt: Int, into bytes: inout [UInt8], _ words: inout [UInt32],
                 labels: inout [ArraySlice<UInt8>: UInt32]) -> Int {
        let start = words.count
        let w = store.words
        let summaryWords = at + 3 + authorCount
        let bullets = Int(w[summaryWords + 2])
        let end = summaryWords + 3 + bullets * 5 + 4
        words.append(contentsOf: w[at..<end])
        words[start] = UInt32(authorsAt)
        words[start + summaryWords - at] = UInt32(summaryAt)
        // An offset and a length, `none` when absent; a templated length keeps its mark.
        func copy(_ k: Int) {
            guard w[k] != Self.none else { return }
            let from = Int(w[k])
            words[start + k - at] = UInt32(bytes.count)
            bytes.append(contentsOf: store.bytes[from..<from + Int(w[k + 1] & ~Self.templated)])
        }
        for b in 0..<bullets {
            let k = summaryWords + 3 + b * 5 + 3
            guard w[k] != Self.none else { continue }
            let from = Int(w[k])
            let label = store.bytes[from..<from + Int(w[k + 1])]
            if let known = labels[label] {
                words[start + k - at] = known
            } else {
                labels[label] = UInt32(bytes.count)
                copy(k)
            }
        }
        let thumbnail = end - 4
        if w[thumbnail] != Self.none, w[thumbnail + 1] & Self.templated == 0,
           let id = Self.templatePart(of: store.bytes[Int(w[thumbnail])..<Int(w[thumbnail]) + Int(w[thumbnail + 1])]) {
            words[start + thumbnail - at] = UInt32(bytes.count)
            words[start + thumbnail + 1 - at] = UInt32(id.count) | Self.templated
            bytes.append(contentsOf: id)
        } else {
            copy(thumbnail)
        }
        copy(end - 2)
        words.append(UInt32(titleLength))
        return start
    }

    /// What lies between `thumbnailHost` and `thumbnailEnd` in `link`, if it has both.
    static func templatePart(of link: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let host = thumbnailHost.utf8, tail = thumbnailEnd.utf8
        guard link.count >= host.count + tail.count, link.starts(with: host),
              link.suffix(tail.count).elementsEqual(tail) else { return nil }
        return link.dropFirst(host.count).dropLast(tail.count)
    }
}
