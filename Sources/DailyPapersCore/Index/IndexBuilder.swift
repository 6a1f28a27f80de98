import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the index's buffers on every core.
///
/// Folding keeps each character's UTF-8 length, so every paper's region can be placed
/// before any text is folded: the buffers are allocated once at their final size and
/// slices of papers fill their own parts in parallel, without a second copy.
enum IndexBuilder {
    struct Layout {
        var titleStart: [Int32]
        var authorsStart: [Int32]
        var summaryStart: [Int32]
        var total: Int
    }

    static func layout(_ papers: [Paper]) -> Layout {
        var titleStart = [Int32](), authorsStart = [Int32](), summaryStart = [Int32]()
        titleStart.reserveCapacity(papers.count + 1)
        authorsStart.reserveCapacity(papers.count)
        summaryStart.reserveCapacity(papers.count)
        var at = 0
        for paper in papers {
            titleStart.append(Int32(at))
            at += paper.title.utf8.count + 1
            authorsStart.append(Int32(at))
            for (k, a) in paper.authors.enumerated() { at += a.utf8.count + (k > 0 ? 2 : 0) }
            at += 1
            summaryStart.append(Int32(at))
            for (k, b) in paper.summary.enumerated() { at += b.text.utf8.count + (k > 0 ? 1 : 0) }
            at += 1
        }
        precondition(at <= Int(Int32.max), "the index holds at most 2 GB of text")
        titleStart.append(Int32(at))
        return Layout(titleStart: titleStart, authorsStart: authorsStart, summaryStart: summaryStart, total: at)
    }

    /// The folded text and its initials copy, laid out as `layout` says.
    static func buffers(_ papers: [Paper], _ layout: Layout) -> (folded: [UInt8], initials: [UInt8]) {
        let parts = slices(papers.count)
        let folded = [UInt8](unsafeUninitializedCapacity: layout.total) { buffer, count in
            let out = SendableBytes(buffer)
            DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                var at = parts[k].isEmpty ? 0 : Int(layout.titleStart[parts[k].lowerBound])
                for p in parts[k] {
                    let paper = papers[p]
                    at = fold(paper.title, into: out.base, at: at)
                    out.base[at] = 0; at += 1
                    for (i, a) in paper.authors.enumerated() {
                        if i > 0 { out.base[at] = 0x2C; out.base[at + 1] = 0x20; at += 2 }
                        at = fold(a, into: out.base, at: at)
                    }
                    out.base[at] = 0; at += 1
                    for (i, b) in paper.summary.enumerated() {
                        if i > 0 { out.base[at] = 0x0A; at += 1 }
                        at = fold(b.text, into: out.base, at: at)
                    }
                    out.base[at] = 0; at += 1
                }
            }
            count = layout.total
        }
        let initials = [UInt8](unsafeUninitializedCapacity: layout.total) { buffer, count in
            let out = SendableBytes(buffer)
            folded.withUnsafeBufferPointer { source in
                let source = SendableBytes(UnsafeMutableBufferPointer(mutating: source))
                DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                    guard !parts[k].isEmpty else { return }
                    let from = Int(layout.titleStart[parts[k].lowerBound])
                    let to = Int(layout.titleStart[parts[k].upperBound])
                    writeInitials(source.base, into: out.base, from: from, to: to)
                }
            }
            count = layout.total
        }
        return (folded, initials)
    }

    /// Contiguous runs of papers, a few per core so that uneven runs even out.
    static func slices(_ count: Int) -> [Range<Int>] {
        let n = max(1, min(count / 512, ProcessInfo.cores * 4))
        return (0..<n).map { k in count * k / n..<count * (k + 1) / n }
    }

    /// Writes `text` folded at `at`; returns where it ends. The common case copies the
    /// bytes and lowers ASCII in place; text with letters that `TextFolding` treats
    /// specially is handed to it, so both always agree.
    @inline(__always)
    static func fold(_ text: String, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var text = text
        let n = text.withUTF8 { src -> Int in
            guard let base = src.baseAddress, src.count > 0 else { return 0 }
            var special = false
            for i in 0..<src.count {
                let b = base[i]
                if b &- 0x41 < 26 { out[at + i] = b | 0x20 } else {
                    if b >= 0xC3 && b < 0xD6 { special = true }
                    out[at + i] = b
                }
            }
            if special {
                let folded = TextFolding.fold(String(decoding: src, as: UTF8.self))
                for i in 0..<folded.count { out[at + i] = folded[i] }
            }
            return src.count
        }
        return at + n
    }

    /// The compatibility jamo of the 19 initial consonants, as UTF-8 (each three bytes).
    private static let jamo: [UInt8] = Hangul.initials.flatMap { Array(String($0).utf8) }

    /// `TextFolding.initials(of:)` for one stretch of papers, without allocating.
    static func writeInitials(_ src: UnsafeMutableBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, from: Int, to: Int) {
        _ = UnsafeMutableBufferPointer(rebasing: out[from..<to]).update(fromContentsOf: UnsafeMutableBufferPointer(rebasing: src[from..<to]))
        jamo.withUnsafeBufferPointer { jamo in
            var i = from
            while i + 2 < to {
                let b = src[i]
                // U+AC00–U+D7A3 is EA B0 80 … ED 9E A3.
                if b >= 0xEA && b <= 0xED {
                    let v = (Int(b & 0x0F) << 12) | (Int(src[i + 1] & 0x3F) << 6) | Int(src[i + 2] & 0x3F)
                    if v >= 0xAC00 && v <= 0xD7A3 {
                        let j = (v - 0xAC00) / 588 * 3
                        out[i] = jamo[j]; out[i + 1] = jamo[j + 1]; out[i + 2] = jamo[j + 2]
                    }
                    i += 3
                } else {
                    i += 1
                }
            }
        }
    }

    /// Each paper's rank by folded title, then id: sorting by title is sorting integers.
    static func titleRanks(_ papers: [Paper], folded: [UInt8], _ layout: Layout) -> [Int32] {
        var order = Array(0..<Int32(papers.count))
        folded.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let ts = layout.titleStart, as_ = layout.authorsStart
            order.sort { a, b in
                let la = Int(as_[Int(a)] - ts[Int(a)]) - 1, lb = Int(as_[Int(b)] - ts[Int(b)]) - 1
                let c = memcmp(base + Int(ts[Int(a)]), base + Int(ts[Int(b)]), min(la, lb))
                if c != 0 { return c < 0 }
                if la != lb { return la < lb }
                return papers[Int(a)].id < papers[Int(b)].id
            }
        }
        var rank = [Int32](repeating: 0, count: papers.count)
        for (r, p) in order.enumerated() { rank[Int(p)] = Int32(r) }
        return rank
    }
}

/// Lets parallel workers write disjoint parts of one buffer.
struct SendableBytes: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<UInt8>
    init(_ base: UnsafeMutableBufferPointer<UInt8>) { self.base = base }
}

extension ProcessInfo {
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }
}
