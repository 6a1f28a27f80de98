import Foundation

/// Reads and parses digests, in parallel, and merges them into a `Library`.
public enum Loader {
    /// Loads every digest under `paths` (files or folders). Never throws: what cannot be
    /// read or parsed becomes a problem, and everything else still loads.
    public static func load(_ paths: [String]) -> Library {
        load(paths, firstBytes: 0) { _ in }
    }

    /// What the reader reads first: about a fortnight of digests, a screen of papers that
    /// is read and indexed in milliseconds however large the rest is.
    public static let firstScreenBytes = 1 << 20

    /// What a staged load tells while it runs, from the loading thread.
    public enum Step: Sendable {
        /// The newest digests alone, read before the rest so that a reader has a screen of
        /// papers at once; sent only when there is more to read after them.
        case first(Library)
        /// `done` of `total` digest files read and parsed so far.
        case progress(done: Int, total: Int)
    }

    /// Loads like `load(_:)`, but first the newest files (by path order, the last ones)
    /// holding about `firstBytes`, reported as `.first`, then the rest in batches with
    /// `.progress`. The result is the same library `load(_:)` returns.
    public static func load(_ paths: [String], firstBytes: Int, report: (Step) -> Void) -> Library {
        let (candidates, findProblems) = DigestFinder.find(paths)
        var results = [FileResult?](repeating: nil, count: candidates.count)
        var firstStart = candidates.count
        if firstBytes > 0 {
            var bytes = 0
            while firstStart > 0, bytes < firstBytes { firstStart -= 1; bytes += candidates[firstStart].size }
        }
        if firstStart > 0, firstStart < candidates.count {
            parse(candidates, firstStart..<candidates.count, into: &results)
            report(.first(merge(candidates, results, problems: [], from: firstStart)))
        } else {
            firstStart = candidates.count
        }
        // Batches only to report progress: a few per core keeps both cores busy to the end.
        let batches = firstStart == candidates.count ? 1 : 20
        let total = candidates.count
        for k in 0..<batches {
            let range = firstStart * k / batches..<firstStart * (k + 1) / batches
            parse(candidates, range, into: &results)
            report(.progress(done: range.upperBound + total - firstStart, total: total))
        }
        return merge(candidates, results, problems: findProblems, from: 0)
    }

    /// Parses in-memory digests (tests, benchmarks): `(path, bytes)` pairs.
    public static func load(contents: [(path: String, bytes: [UInt8])]) -> Library {
        var builder = LibraryBuilder()
        for (path, bytes) in contents {
            let digest = DigestParser().parse(bytes, path: path)
            if digest.isDigest { builder.add(digest) }
            else { builder.problems.append(Problem(path: path, line: 0, message: "not a digest: no '## Daily Papers (YYYY-MM-DD)' heading")) }
        }
        return builder.build()
    }

    private enum FileResult {
        case parsed(ParsedDigest)
        case failed(Problem)
    }

    private static func parse(_ candidates: [DigestFinder.Candidate], _ range: Range<Int>, into results: inout [FileResult?]) {
        guard !range.isEmpty else { return }
        results.withUnsafeMutableBufferPointer { out in
            let out = SendableBuffer(out)
            DispatchQueue.concurrentPerform(iterations: range.count) { k in
                let i = range.lowerBound + k
                let path = candidates[i].path
                do throws(FileBytes.Failure) {
                    let bytes = try FileBytes.read(path)
                    out.base[i] = .parsed(DigestParser().parse(bytes, path: path))
                } catch {
                    out.base[i] = .failed(Problem(path: path, line: 0, message: error.message))
                }
            }
        }
    }

    /// Merges the parsed files from `from` on, in path order, so that papers keep the order
    /// in which their first appearance was read.
    private static func merge(_ candidates: [DigestFinder.Candidate], _ results: [FileResult?],
                              problems: [Problem], from: Int) -> Library {
        var builder = LibraryBuilder()
        builder.problems = problems
        for i in from..<candidates.count {
            switch results[i] {
            case .failed(let problem)?:
                builder.problems.append(problem)
            case .parsed(let digest)?:
                if digest.isDigest {
                    builder.add(digest)
                } else if candidates[i].explicit {
                    builder.problems.append(Problem(path: candidates[i].path, line: 0,
                        message: "not a digest: no '## Daily Papers (YYYY-MM-DD)' heading"))
                }
            case nil:
                continue
            }
        }
        return builder.build()
    }
}

/// Lets `concurrentPerform` write each result to its own slot.
struct SendableBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
    init(_ base: UnsafeMutableBufferPointer<T>) { self.base = base }
}
