import Foundation
import XCTest

/// Runs the built `dailypapers` binary, as a user would, and captures what it prints.
struct BinaryRunner {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The repository root, from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus-sample/paper_logs` beside the repository, when present.
    static var corpusSample: String? {
        let path = root.deletingLastPathComponent().appendingPathComponent("shared/corpus-sample/paper_logs").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static var seeds: String { root.appendingPathComponent("seeds").path }

    /// The binary beside the test runner: `swift test` builds every product first.
    static var binary: URL {
        #if os(Linux)
        let runner = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        return runner.deletingLastPathComponent().appendingPathComponent("dailypapers")
        #else
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }!
        return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("dailypapers")
        #endif
    }

    static func run(_ arguments: [String], environment: [String: String] = [:],
                    executable: URL = binary, directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DAILYPAPERS_DIR")
        env.removeValue(forKey: "DAILYPAPERS_STATE")
        // The user's own config.toml must not change what the tests see.
        env["DAILYPAPERS_CONFIG"] = "/nonexistent/dailypapers-test-config.toml"
        // Nor days the user fetched: the default digests are the shipped seed alone. A fresh
        // folder, since Foundation's URLSession makes a cookie folder there.
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dp-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        env["XDG_DATA_HOME"] = data.path
        // Nor a cache the user's own runs left; a test that wants one names its folder.
        env["DAILYPAPERS_CACHE"] = "off"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        // Files, not pipes: a large output cannot fill a pipe and stall the child.
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("dp-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("dp-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}
