import Dispatch
import Foundation

/// Generates a corpus into a cache folder once and reuses it afterwards. A corpus is
/// complete only when its `.complete` file exists (written last), so an interrupted
/// generation is redone rather than measured.
struct CorpusCache {
    /// Bumped whenever the generator's output changes, so an old corpus is never reused.
    static let generatorVersion = 2
    let root: String

    struct Info: Codable {
        var headings: Int
        var files: Int
        var bytes: Int
    }

    func folder(seed: UInt64, headings: Int) -> String {
        "\(root)/v\(Self.generatorVersion)-seed\(seed)-\(headings)"
    }

    func ensure(seed: UInt64, headings: Int, log: (String) -> Void) -> (path: String, info: Info) {
        let dir = folder(seed: seed, headings: headings)
        let marker = dir + "/.complete"
        if let data = FileManager.default.contents(atPath: marker),
           let info = try? JSONDecoder().decode(Info.self, from: data) {
            log("corpus \(headings): reusing \(dir)")
            return (dir, info)
        }
        log("corpus \(headings): generating into \(dir) …")
        let started = Clock.now()
        try? FileManager.default.removeItem(atPath: dir)
        let plan = CorpusPlan(seed: seed, headings: headings)
        let writer = DigestWriter(plan: plan)
        var monthDirs = Set<String>()
        for day in plan.perDay.indices {
            let d = plan.date(ofDay: day)
            monthDirs.insert("\(dir)/\(pad(d.year, 4))/\(pad(d.month, 2))")
        }
        for m in monthDirs { try? FileManager.default.createDirectory(atPath: m, withIntermediateDirectories: true) }
        let days = plan.perDay.count
        let bytes = Counter()
        DispatchQueue.concurrentPerform(iterations: days) { day in
            let d = plan.date(ofDay: day)
            let content = writer.digest(day: day)
            let path = "\(dir)/\(pad(d.year, 4))/\(pad(d.month, 2))/\(pad(d.day, 2)).md"
            content.withUnsafeBytes { raw in
                _ = FileManager.default.createFile(atPath: path, contents: Data(raw))
            }
            bytes.add(content.count)
        }
        let info = Info(headings: headings, files: days, bytes: bytes.value)
        try? JSONEncoder().encode(info).write(to: URL(fileURLWithPath: marker))
        log(String(format: "corpus %d: %d files, %.1f MB in %.1f s", headings, days,
                   Double(info.bytes) / 1e6, Clock.now() - started))
        return (dir, info)
    }
}

/// A total shared by the generating threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}
