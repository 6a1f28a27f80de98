import ArgumentParser
import DailyPapersCore
import DailyPapersFetch
import Foundation

/// The `[PATH...]` every command takes, and where digests come from when none is given.
struct DigestPaths: ParsableArguments {
    @Argument(help: "Digest files or folders (default: $DAILYPAPERS_DIR, else the shipped seeds/ and fetched days).",
              completion: .file())
    var paths: [String] = []

    /// The paths to read, the first that applies: PATH; else `$DAILYPAPERS_DIR`; else
    /// config.toml's `digests`; else the shipped seeds followed by the folder `dailypapers
    /// fetch` writes to (`$XDG_DATA_HOME/dailypapers/digests`) when it holds digests, so that
    /// fetched days join the seed without any setting. Throws a message that says what to do.
    func resolved() throws -> [String] {
        if !paths.isEmpty { return paths }
        if let dir = ProcessInfo.processInfo.environment["DAILYPAPERS_DIR"], !dir.isEmpty {
            guard FileManager.default.fileExists(atPath: dir) else {
                throw CLIError("DAILYPAPERS_DIR is \(dir), which does not exist; set it to a folder of digests or pass a PATH")
            }
            return [dir]
        }
        let configured = Configuration.load().settings.digests
        if !configured.isEmpty { return configured }
        let fetched = FetchLocation.defaultDirectory()
        let extra = FetchLocation.holdsDigests(fetched) ? [fetched] : []
        var looked: [String] = []
        for root in Self.candidateRoots() {
            let seeds = root + "/seeds"
            looked.append(seeds)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: seeds, isDirectory: &isDir), isDir.boolValue { return [seeds] + extra }
        }
        if !extra.isEmpty { return extra }
        throw CLIError("no digests to read: pass a digest file or folder, or set DAILYPAPERS_DIR. "
            + "The shipped seeds/ folder was not found (looked in \(looked.joined(separator: ", ")))")
    }

    /// Where a `seeds/` folder may stand: beside or above the executable (a build inside
    /// the checkout, or `share/dailypapers` of an install), then the checkout it was built from.
    static func candidateRoots() -> [String] {
        var roots: [String] = []
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent().standardizedFileURL
        for _ in 0..<6 {
            roots.append(dir.path)
            roots.append(dir.appendingPathComponent("share/dailypapers").path)
            let up = dir.deletingLastPathComponent()
            if up.path == dir.path { break }
            dir = up
        }
        let source = URL(fileURLWithPath: #filePath)
        roots.append(source.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path)
        var seen = Set<String>()
        return roots.filter { seen.insert($0).inserted }
    }

    /// `resolved()` less the PATHs that do not exist, each said on stderr (`MissingPaths`).
    func existing() throws -> [String] {
        let all = try resolved()
        return paths.isEmpty ? all : try MissingPaths.dropped(from: all)
    }

    /// Loads the digests and returns a searchable catalog: from the index cache when the
    /// files are as they were, else read, and cached for the next command once this one
    /// has answered.
    func load() throws -> Catalog {
        let load = Loader.catalog(try existing(), cache: CatalogCache.standard())
        if let problem = load.cacheProblem { Output.stderr("dailypapers: index cache: \(Sanitised.inert(problem))\n") }
        LaterCacheWrite.pending = load
        return load.catalog
    }
}

/// A failure the user can act on: printed as `dailypapers: message`, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
