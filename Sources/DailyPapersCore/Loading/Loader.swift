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
        return load(found: candidates, problems: findProblems, firstBytes: firstBytes, report: report)
    }

    /// Loads the files `DigestFinder` found, as `load(_:firstBytes:report:)` does.
    static func load(found candidates: [DigestFinder.Candidate], problems findProblems: [Problem],
                     firstBytes: Int, report: (Step) -> Void) -> Library {
        let results = Results(count: candidates.count)
        var firstStart = candidates.count
        if firstBytes > 0 {
            var bytes = 0
            while firstStart > 0, bytes < firstBytes { firstStart -= 1; bytes += candidates[firstStart].size }
        }
        // In the order parsed below: the newest files, then the rest from the oldest.
        let order = candidates[firstStart...] + candidates[..<firstStart]
        let readAhead = ReadAhead.ifCold(order.map(\.path))
        defer { readAhead?.stop() }
        if firstStart > 0, firstStart < candidates.count {
            parse(candidates, firstStart..<candidates.count, into: results)
            let first = Merge(candidates, problems: [])
            first.add(results, firstStart..<candidates.count, consume: false)
            report(.first(first.builder.build()))
        } else {
            firstStart = candidates.count
        }
        // Each batch is merged on a thread of its own while the next one parses: merging is
        // serial, and done at the end it left a core idle for a tenth of the load. (Not a
        // dispatch queue: its work waits for a pool thread, and parsing holds them all.)
        let merge = Merge(candidates, problems: findProblems)
        // Any load of 100 files or more goes in batches, staged or not, for the merge to
        // overlap; batches report progress too, and 20 keep both cores busy to the end.
        let batches = firstStart >= 100 ? 20 : 1
        let ranges = (0..<batches).map { k in firstStart * k / batches..<firstStart * (k + 1) / batches }
            + [firstStart..<candidates.count]
        let parsed = DispatchSemaphore(value: 0), merged = DispatchSemaphore(value: 0)
        let merger = Thread {
            for range in ranges {
                parsed.wait()
                merge.add(results, range, consume: true)
            }
            merged.signal()
        }
        merger.start()
        let total = candidates.count
        for range in ranges.dropLast() {
            parse(candidates, range, into: results)
            parsed.signal()
            report(.progress(done: range.upperBound + total - firstStart, total: total))
        }
        parsed.signal()
        merged.wait()
        return merge.builder.build()
    }

    /// Parses in-memory digests (tests, benchmarks): `(path, bytes)` pairs.
    public static func load(contents: [(path: String, bytes: [UInt8])]) -> Library {
        var builder = LibraryBuilder()
        for (path, bytes) in contents {
            let digest = DigestParser().parse(bytes, path: path)
            if digest.isDigest { builder.add(digest) }
            else if let problem = digest.notADigest(named: true) { builder.problems.append(problem) }
        }
        return builder.build()
    }

    private enum FileResult {
        case parsed(ParsedDigest)
        case failed(Problem)
    }

    /// One slot per file, written by the parsing workers and read by the merge, each slot
    /// by one thread at a time (a batch is merged only after it is parsed).
    private final class Results: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<FileResult?>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }
        deinit {
            slots.deinitialize()
            slots.deallocate()
        }
    }

    private static func parse(_ candidates: [DigestFinder.Candidate], _ range: Range<Int>, into results: Results) {
        guard !range.isEmpty else { return }
        DispatchQueue.concurrentPerform(iterations: range.count) { k in
            let i = range.lowerBound + k
            let path = candidates[i].path
            do throws(FileBytes.Failure) {
                let bytes = try FileBytes.read(path)
                results.slots[i] = .parsed(DigestParser().parse(bytes, path: path))
            } catch {
                results.slots[i] = .failed(Problem(path: path, line: 0, message: error.message))
            }
        }
    }

    /// Merges parsed files in path order, so that papers keep the order in which their
    /// first appearance was read. Used by one thread at a time: the merging thread, or the
    /// loading thread before and after it.
    private final class Merge: @unchecked Sendable {
        let candidates: [DigestFinder.Candidate]
        var builder = LibraryBuilder()

        init(_ candidates: [DigestFinder.Candidate], problems: [Problem]) {
            self.candidates = candidates
            builder.problems = problems
        }

        /// Adds the files in `range`; `consume` frees each file's records once merged.
        func add(_ results: Results, _ range: Range<Int>, consume: Bool) {
            for i in range {
                switch results.slots[i] {
                case .failed(let problem)?:
                    builder.problems.append(problem)
                case .parsed(let digest)?:
                    if digest.isDigest {
                        builder.add(digest)
                    } else if let problem = digest.notADigest(named: candidates[i].explicit) {
                        builder.problems.append(problem)
                    }
                case nil:
                    continue
                }
                if consume { results.slots[i] = nil }
            }
        }
    }
}

