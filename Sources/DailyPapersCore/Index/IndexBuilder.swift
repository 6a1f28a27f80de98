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
        var titleStart: [TextOffset]
        var authorsStart: [TextOffset]
        var summaryStart: [TextOffset]
        var total: Int
    }

    static func layout(_ papers: [Paper]) -> Layout {
        var titleStart = [TextOffset](), authorsStart = [TextOffset](), summaryStart = [TextOffset]()
        titleStart.reserveCapacity(papers.count + 1)
        authorsStart.reserveCapacity(papers.count)
        summaryStart.reserveCapacity(papers.count)
        var at = 0
        for paper in papers {
            titleStart.append(TextOffset(at))
            at += paper.titleByteCount + 1
            authorsStart.append(TextOffset(at))
            // A body keeps authors joined by `, ` and bullets by a newline, as laid out here.
            at += paper.body.authorsRange.count + 1
            summaryStart.append(TextOffset(at))
            at += paper.body.summaryRange.count + 1
        }
        precondition(at <= Int(TextOffset.max), "the index holds at most 4 GB of text")
        titleStart.append(TextOffset(at))
        return Layout(titleStart: titleStart, authorsStart: authorsStart, summaryStart: summaryStart, total: at)
    }

    /// Contiguous runs of papers (or of blocks of `least` / 512 papers), a few per core so
    /// that uneven runs even out, none shorter than `least` items.
    static func slices(_ count: Int, least: Int = 512) -> [Range<Int>] {
        let n = max(1, min(count / least, ProcessInfo.cores * 4))
        return (0..<n).map { k in count * k / n..<count * (k + 1) / n }
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
