// The benchmark of issue 5 ("Scale"): see BENCHMARKS.md for how to run it and the figures.
import Foundation

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--peak-of" {
    ChildRun.helper(Array(CommandLine.arguments.dropFirst(2)))
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))

if let papers = options.child {
    SizeRun.measure(options, papers: papers)
    exit(0)
}

if let focus = options.focus {
    FocusRun.run(options, papers: options.sizesToRun[0], queries: focus)
    exit(0)
}

#if DEBUG
log("warning: a debug build; figures mean nothing. Use: swift run -c release dailypapers-bench")
#endif
print("# dailypapers-bench\(options.quick ? " --quick" : "")\n")
print("machine: \(Machine.description)")
print("seed \(options.seed); corpora in \(options.corpusDir); sizes \(options.sizesToRun.map(String.init).joined(separator: ", "))")
print("Each size is measured in a fresh child process (its peak memory is its own); files are read warm from the page cache by both the floor and the loader, but for the cold rows, each after dropping the page cache.")

let cache = CorpusCache(root: options.corpusDir)
for papers in options.sizesToRun { _ = cache.ensure(seed: options.seed, headings: papers, log: log) }
if options.generateOnly { exit(0) }

var all: [(String, [Row])] = []
// Issue 4's store figures are measured once, with the 100k corpus (or the only size).
let storeSize = options.sizesToRun.contains(100_000) ? 100_000 : options.sizesToRun[0]
for papers in options.sizesToRun {
    let rows = SizeRun.spawn(options, papers: papers, withStore: papers == storeSize)
    let title = "\(papers) papers — targets: \(Target.table(papers: papers).size)"
    Report.print(title, rows)
    all.append((title, rows))
}
Report.summary(all)
print("\nload average at the end: \(Machine.loadAverage)")
