import Foundation

/// Reads and parses digests, in parallel, and merges them into a `Library`.
public enum Loader {
    /// Loads every digest under `paths` (files or folders). Never throws: what cannot be
    /// read or parsed becomes a problem, and everything else still loads.
    public static func load(_ paths: [String]) -> Library {
        let (candidates, findProblems) = DigestFinder.find(paths)
        var parsed = [ParsedDigest?](repeating: nil, count: candidates.count)
        var readProblems = [Problem?](repeating: nil, count: candidates.count)
        parsed.withUnsafeMutableBufferPointer { out in
            readProblems.withUnsafeMutableBufferPointer { failures in
                let out = SendableBuffer(out), failures = SendableBuffer(failures)
                DispatchQueue.concurrentPerform(iterations: candidates.count) { i in
                    let candidate = candidates[i]
                    do throws(FileBytes.Failure) {
                        let bytes = try FileBytes.read(candidate.path)
                        out.base[i] = DigestParser().parse(bytes, path: candidate.path)
                    } catch {
                        failures.base[i] = Problem(path: candidate.path, line: 0, message: error.message)
                    }
                }
            }
        }
        var builder = LibraryBuilder()
        builder.problems = findProblems
        for (i, candidate) in candidates.enumerated() {
            if let failure = readProblems[i] { builder.problems.append(failure); continue }
            guard let digest = parsed[i] else { continue }
            if digest.isDigest {
                builder.add(digest)
            } else if candidate.explicit {
                builder.problems.append(Problem(path: candidate.path, line: 0,
                    message: "not a digest: no '## Daily Papers (YYYY-MM-DD)' heading"))
            }
        }
        return builder.build()
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
}

/// Lets `concurrentPerform` write each result to its own slot.
struct SendableBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
    init(_ base: UnsafeMutableBufferPointer<T>) { self.base = base }
}
