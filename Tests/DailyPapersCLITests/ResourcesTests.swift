import Foundation
import XCTest

/// The man page and completion scripts in Resources/ are generated from the command
/// definitions; these tests fail when a command changed and Resources/ was not regenerated
/// with Scripts/generate-resources.sh.
final class ResourcesTests: XCTestCase {
    func testCompletionScriptsAreCurrent() throws {
        for shell in ["bash", "zsh", "fish"] {
            let generated = try BinaryRunner.run(["--generate-completion-script", shell])
            XCTAssertEqual(generated.status, 0, generated.stderr)
            let file = BinaryRunner.root.appendingPathComponent("Resources/completions/dailypapers.\(shell)")
            let committed = try String(contentsOf: file, encoding: .utf8)
            XCTAssertEqual(committed, generated.stdout, "Resources/completions/dailypapers.\(shell) is out of date")
        }
    }

    func testManPageNamesEveryCommandAndOption() throws {
        let dump = try BinaryRunner.run(["--experimental-dump-help"])
        XCTAssertEqual(dump.status, 0, dump.stderr)
        let root = try XCTUnwrap(try BinaryRunner.json(dump.stdout) as? [String: Any])
        let man = try String(contentsOf: BinaryRunner.root.appendingPathComponent("Resources/man/dailypapers.1"), encoding: .utf8)
        var names: [String] = []
        func collect(_ command: [String: Any]) {
            if command["shouldDisplay"] as? Bool == false { return }
            if let name = command["commandName"] as? String { names.append("Em \(name)") }
            for arg in command["arguments"] as? [[String: Any]] ?? [] {
                if let long = (arg["names"] as? [[String: Any]])?.first(where: { $0["kind"] as? String == "long" }),
                   let n = long["name"] as? String {
                    names.append("-\(n)")
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { collect(sub) }
        }
        for sub in (root["command"] as? [String: Any])?["subcommands"] as? [[String: Any]] ?? [] { collect(sub) }
        XCTAssertGreaterThan(names.count, 10)
        for name in Set(names) where !name.hasSuffix("-help") && !name.hasSuffix("-version") {
            let present = name.hasPrefix("Em ") ? man.contains(name) : (man.contains("Fl \(name)") || man.contains(", \(name)"))
            XCTAssertTrue(present, "Resources/man/dailypapers.1 lacks '\(name)': run Scripts/generate-resources.sh")
        }
    }
}

/// `dailypapers config` and the example config in Resources/.
final class ConfigCommandTests: XCTestCase {
    func testTheExampleIsCurrentAndValid() throws {
        let example = BinaryRunner.root.appendingPathComponent("Resources/config.example.toml")
        let generated = try BinaryRunner.run(["config", "--example"])
        XCTAssertEqual(try String(contentsOf: example, encoding: .utf8), generated.stdout,
                       "Resources/config.example.toml is out of date: dailypapers config --example > Resources/config.example.toml")
        let check = try BinaryRunner.run(["config"], environment: ["DAILYPAPERS_CONFIG": example.path])
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertEqual(check.stdout, "\(example.path): all settings in force\n")
    }

    func testAWrongSettingIsNamedWithFileLineAndKey() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dp-config-\(UUID().uuidString).toml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("browser = \"w3m\"\n\n[keys]\ntoggle-star = \"ctrl-\"\n".utf8).write(to: file)
        let r = try BinaryRunner.run(["config"], environment: ["DAILYPAPERS_CONFIG": file.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.hasPrefix("\(file.path):4: keys.toggle-star: 'ctrl-' is not a key"), r.stdout)
        // The rest of the tool still works with the defaults.
        let list = try BinaryRunner.run(["list", "--limit", "1", "--format", "tsv"], environment: ["DAILYPAPERS_CONFIG": file.path])
        XCTAssertEqual(list.status, 0, list.stderr)
    }

    func testConfiguredDigestFoldersAreTheDefault() throws {
        let corpus = try XCTUnwrap(BinaryRunner.corpusSample)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dp-config-\(UUID().uuidString).toml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("digests = [\"\(corpus)\"]\n".utf8).write(to: file)
        let r = try BinaryRunner.run(["list", "--format", "jsonl"], environment: ["DAILYPAPERS_CONFIG": file.path])
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 167)
        XCTAssertEqual(try BinaryRunner.run(["config"], environment: ["DAILYPAPERS_CONFIG": file.path]).stdout,
                       "\(file.path): all settings in force\n")
        // A folder that is not there is no wrong setting, but config says so.
        try Data("digests = [\"\(corpus)\", \"/nonexistent-dp\"]\n".utf8).write(to: file)
        let config = try BinaryRunner.run(["config"], environment: ["DAILYPAPERS_CONFIG": file.path])
        XCTAssertEqual(config.status, 1)
        XCTAssertEqual(config.stdout, """
            \(file.path): digests: '/nonexistent-dp' is not there
            \(file.path): all settings in force, 1 digests folder not there

            """)
    }
}
