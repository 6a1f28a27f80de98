import CByteLoops
import Dispatch

extension IndexBuilder {
    /// The folded text laid out as `layout` says; `papers` then read their authors and
    /// summaries from it (`SharedText`), so that the text is held once.
    ///
    /// A paper whose folding changes more than ASCII capitals (`É`, rare) keeps its own
    /// body. Slices of papers are folded in parallel, a chunk of papers at a time: each
    /// chunk marks its capitals, copies its labels and links into a store of its own and
    /// moves its papers onto it at once, so that each file's own text is freed as the
    /// fold goes and the two copies are never held whole together.
    static func text(_ papers: inout [Paper], _ layout: Layout, progress: IndexProgress? = nil) -> [UInt8] {
        // The papers' new stores need the array before its bytes are written; its pages are
        // not resident until then. It is written below through a pointer, each byte once,
        // before any store is read.
        let folded = [UInt8](unsafeUninitializedCapacity: layout.total) { _, count in count = layout.total }
        let parts = slices(papers.count)
        // The files' text freed by a slice goes back to the system as the slice ends, not
        // once at the end: held until then, it and the folded text together were the
        // highest point of the whole load (at 1M papers 4.0 GB, then 3.8 GB). A walk of
        // the heap is worth it only when much is freed (the first screen's catalog, tests
        // and one-off commands on a few files free little).
        let giveBack = layout.total >= 16 << 20
        folded.withUnsafeBufferPointer { text in
            papers.withUnsafeMutableBufferPointer { buffer in
                let out = SendableBytes(UnsafeMutableBufferPointer(mutating: text)), all = SendablePapers(base: buffer)
                DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                    var scratch = Scratch()
                    var from = parts[k].lowerBound
                    while from < parts[k].upperBound {
                        let to = min(from + chunk, parts[k].upperBound)
                        foldChunk(from..<to, of: all.base, layout, into: out.base, folded: folded, scratch: &scratch)
                        progress?.advance(to - from)
                        from = to
                    }
                    if giveBack { FreedMemory.giveBack() }
                }
            }
        }
        return folded
    }

    /// Papers per store: enough that a store's own cost is nothing, few enough that a
    /// file's text is freed soon after it is folded.
    private static let chunk = 256

    /// Buffers reused from chunk to chunk.
    private struct Scratch {
        var side: [UInt8] = []
        var words: [UInt32] = []
        var bodyAt: [Int32] = []
        var labels: [ArraySlice<UInt8>: UInt32] = [:]
    }

    private static func foldChunk(_ part: Range<Int>, of papers: UnsafeMutableBufferPointer<Paper>, _ layout: Layout,
                                  into out: UnsafeMutableBufferPointer<UInt8>, folded: [UInt8], scratch: inout Scratch) {
        let lo = Int(layout.titleStart[part.lowerBound]), hi = Int(layout.titleStart[part.upperBound])
        let capitals = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(1, (hi - lo + 63) / 64))
        capitals.initialize(repeating: 0)
        defer { capitals.deallocate() }
        scratch.side.removeAll(keepingCapacity: true)
        scratch.words.removeAll(keepingCapacity: true)
        scratch.bodyAt.removeAll(keepingCapacity: true)
        scratch.labels.removeAll(keepingCapacity: true)
        var at = lo
        for p in part {
            var title = papers[p].title
            let folded = title.withUTF8 { fold($0, into: out, at: at, capitals: capitals.baseAddress, bitBase: lo) }
            var exact = folded.exact
            let titleLength = folded.end - at
            at = folded.end + 1
            out[at - 1] = 0
            let body = papers[p].body
            func copy(_ r: Range<Int>) {
                if let shared = body.store.shared {
                    // Already folded (a catalog built from another's papers): copy bytes and bits.
                    shared.folded.withUnsafeBufferPointer { src in
                        guard !r.isEmpty else { return }
                        (out.baseAddress! + at).update(from: src.baseAddress! + r.lowerBound, count: r.count)
                    }
                    shared.eachCapital(in: r) { i in mark(at + i - r.lowerBound - lo, in: capitals.baseAddress!) }
                    at += r.count
                } else {
                    let (end, same) = body.store.bytes.withUnsafeBufferPointer {
                        fold(UnsafeBufferPointer(rebasing: $0[r]), into: out, at: at, capitals: capitals.baseAddress, bitBase: lo)
                    }
                    exact = exact && same
                    at = end
                }
                out[at] = 0; at += 1
            }
            copy(body.authorsRange)
            copy(body.summaryRange)
            scratch.bodyAt.append(exact ? Int32(body.rebased(titleLength: titleLength, authorsAt: Int(layout.authorsStart[p]),
                                                             summaryAt: Int(layout.summaryStart[p]),
                                                             into: &scratch.side, &scratch.words, labels: &scratch.labels)) : -1)
        }
        // Exact sizes: a store lives as long as its papers.
        let store = TextStore(bytes: Array(unsafeUninitializedCapacity: scratch.side.count) { b, n in n = b.initialize(fromContentsOf: scratch.side) },
                              words: Array(unsafeUninitializedCapacity: scratch.words.count) { b, n in n = b.initialize(fromContentsOf: scratch.words) },
                              shared: SharedText(folded: Column(folded), capitals: SparseBits(UnsafeBufferPointer(capitals)), base: lo))
        // In place: a paper's other parts are neither copied nor retained again. Its title,
        // now read from the text, is dropped, and so are its appearances' copies of it.
        for (n, p) in part.enumerated() where scratch.bodyAt[n] >= 0 {
            let title = papers[p].title
            papers[p].body = PaperBody(store: store, at: Int(scratch.bodyAt[n]))
            papers[p].ownTitle = ""
            for k in papers[p].storedAppearances.indices where papers[p].storedAppearances[k].inheritsTitle
                || papers[p].storedAppearances[k].title == title {
                papers[p].storedAppearances[k].title = ""
                papers[p].storedAppearances[k].inheritsTitle = true
            }
        }
    }

    /// Writes `src` folded at `at`; returns where it ends and whether only ASCII capitals
    /// changed. With `capitals`, marks them there (bit `offset - bitBase`). Text with
    /// letters that `TextFolding` treats specially is handed to it, so both always agree.
    /// Folding text joined by ASCII separators is joining folded text, as `TextFolding`
    /// changes no ASCII but letters. Where the processor has AVX2, the ASCII fold and its
    /// capitals' bits are one pass in C (`dp_fold_ascii`); `vector: false` is for tests.
    static func fold(_ src: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at: Int,
                     capitals: UnsafeMutablePointer<UInt64>?, bitBase: Int, vector: Bool = true) -> (end: Int, exact: Bool) {
        guard let base = src.baseAddress, src.count > 0 else { return (at, true) }
        let dst = out.baseAddress! + at
        var special: UInt8 = 0
        if vector, let capitals, case let folded = dp_fold_ascii(base, dst, src.count, capitals, at - bitBase), folded >= 0 {
            if folded == 0 { return (at + src.count, true) }
            // Marked as if only ASCII changed: the letters decide below.
            clearBits(capitals, from: at - bitBase, count: src.count)
            special = 1
        } else {
            // Branch-free, so that it vectorises: upper-case ASCII gains 0x20, all else is copied.
            for i in 0..<src.count {
                let b = base[i]
                special |= b &- 0xC3 < 0xD6 - 0xC3 ? 1 : 0
                dst[i] = b | (b &- 0x41 < 26 ? 0x20 : 0)
            }
        }
        var exact = true
        if special != 0 {
            let folded = TextFolding.fold(String(decoding: src, as: UTF8.self))
            for i in 0..<folded.count where dst[i] != folded[i] { dst[i] = folded[i]; exact = false }
        }
        if let capitals, exact { markCapitals(src, folded: dst, at: at - bitBase, in: capitals) }
        return (at + src.count, exact)
    }

    /// Sets bit `at + i` for each ASCII capital `src[i]`, given `dst`, its folding, which
    /// differs from it only there and only by 0x20: 64 bytes to a word of bits, without a
    /// branch per capital (names and titles hold many, Korean text few).
    private static func markCapitals(_ src: UnsafeBufferPointer<UInt8>, folded dst: UnsafePointer<UInt8>,
                                     at: Int, in bits: UnsafeMutablePointer<UInt64>) {
        let a = UnsafeRawPointer(src.baseAddress!), b = UnsafeRawPointer(dst), n = src.count
        @inline(__always) func changed(_ i: Int) -> UInt64 {
            gather(a.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        }
        var i = 0
        while i + 64 <= n {
            var found: UInt64 = 0
            for j in 0..<8 { found |= changed(i + j * 8) << UInt64(j * 8) }
            if found != 0 { put(found, at: at + i, in: bits) }
            i += 64
        }
        while i + 8 <= n {
            let found = changed(i)
            if found != 0 { put(found, at: at + i, in: bits) }
            i += 8
        }
        while i < n {
            if src[i] != dst[i] { mark(at + i, in: bits) }
            i += 1
        }
    }

    /// Bit `k` set when byte `k` of `x` (little-endian) is 0x20, as where a capital was folded.
    @inline(__always)
    static func gather(_ x: UInt64) -> UInt64 {
        // The eight flags into the top byte: no two products share a bit.
        ((x >> 5 & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) >> 56
    }

    /// ORs the bits of `word` in at bit `at` onwards.
    @inline(__always)
    private static func put(_ word: UInt64, at: Int, in bits: UnsafeMutablePointer<UInt64>) {
        let shift = UInt64(at & 63)
        bits[at >> 6] |= word << shift
        // Only bits that exist are written: the next word may lie past the end.
        if shift != 0, case let rest = word >> (64 - shift), rest != 0 { bits[(at >> 6) + 1] |= rest }
    }

    /// Clears bits `from..<from + count`.
    private static func clearBits(_ bits: UnsafeMutablePointer<UInt64>, from: Int, count: Int) {
        for bit in from..<from + count { bits[bit >> 6] &= ~(1 << UInt64(bit & 63)) }
    }

    @inline(__always)
    private static func mark(_ bit: Int, in bits: UnsafeMutablePointer<UInt64>) {
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
}

private struct SendablePapers: @unchecked Sendable { let base: UnsafeMutableBufferPointer<Paper> }
