import Foundation

/// `dailypapers-bench [--quick] [--corpus-dir DIR] [--sizes 10000,100000] [--seed N]`.
struct Options {
    var quick = false
    var corpusDir = (NSTemporaryDirectory() as NSString).appendingPathComponent("dailypapers-bench-corpus")
    var sizes: [Int]?
    var seed: UInt64 = 20_240_426
    /// Internal: measure one size in this (fresh) process and write the rows here.
    var child: Int?
    var resultFile: String?
    var withStore = false
    var generateOnly = false
    /// `--focus`: the queries to time alone (empty: only the load).
    var focus: [String]?
    var focusLoads = 3
    var focusRepeats = 100

    static let usage = """
        usage: dailypapers-bench [--quick] [--corpus-dir DIR] [--sizes N,N,…] [--seed N]
          --quick        10k papers only, a few seconds (CI)
          --corpus-dir   where generated corpora are kept and reused (default: \(Options().corpusDir))
          --sizes        paper counts to measure (default: 10000,100000,1000000)
          --seed         the generator's seed (default: 20240426)
          --generate-only  write the corpora and stop
          --focus 'Q1|Q2'  at the first of --sizes: time the load (--loads N ≥ 1, default 3) and these
                         queries alone (--repeats N, default 100); for A/B runs and profiling;
                         '~Q' orders Q by relevance, '/Q' types it a key at a time, 'frame' draws;
                         'memory': what the catalog holds, part by part; 'cold': starts after
                         dropping the page cache (root)
        """

    static func parse(_ args: [String]) -> Options {
        var o = Options()
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--quick": o.quick = true
            case "--corpus-dir": o.corpusDir = value()
            case "--sizes":
                let v = value()
                o.sizes = v.split(separator: ",").map { s in
                    guard let n = Int(s.trimmingCharacters(in: .whitespaces)), n > 0 else { fail("--sizes: '\(s)' is not a count") }
                    return n
                }
            case "--seed": guard let s = UInt64(value()) else { fail("--seed needs a whole number") }; o.seed = s
            case "--child": o.child = Int(value())
            case "--result-file": o.resultFile = value()
            case "--with-store": o.withStore = true
            case "--generate-only": o.generateOnly = true
            case "--focus": o.focus = value().split(separator: "|").map(String.init)
            case "--loads": guard let n = Int(value()), n > 0 else { fail("--loads needs a count") }; o.focusLoads = n
            case "--repeats": guard let n = Int(value()), n > 0 else { fail("--repeats needs a count") }; o.focusRepeats = n
            case "-h", "--help": print(usage); exit(0)
            default: fail("unknown argument '\(args[i])'")
            }
            i += 1
        }
        return o
    }

    var sizesToRun: [Int] { sizes ?? (quick ? [10_000] : [10_000, 100_000, 1_000_000]) }
}

/// How many times each thing is repeated at a size: fewer for the slow big corpora.
struct Repetitions {
    let loads: Int, queries: Int, plainScans: Int, reader: Int, binary: Int, store: Int
    /// Cold starts: none in the quick mode, as dropping the page cache slows the whole
    /// machine for a while after.
    let cold: Int

    init(papers: Int, quick: Bool) {
        switch (quick, papers) {
        case (true, _): (loads, queries, plainScans, reader, binary, store, cold) = (3, 20, 3, 10, 3, 3, 0)
        case (_, ..<50_000): (loads, queries, plainScans, reader, binary, store, cold) = (5, 50, 10, 30, 5, 5, 3)
        case (_, ..<500_000): (loads, queries, plainScans, reader, binary, store, cold) = (5, 30, 3, 20, 3, 5, 3)
        default: (loads, queries, plainScans, reader, binary, store, cold) = (3, 10, 1, 6, 2, 3, 3)
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dailypapers-bench: \(message)\n".utf8))
    exit(2)
}

func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
