import Foundation
import XCTest

/// Digest text holding terminal escape sequences, C1 controls, bidi overrides and
/// zero-width characters must reach no terminal as it is: these tests capture the very
/// bytes written (the reader's under `script`, the commands' on stdout) and look for them.
final class InjectionTests: XCTestCase {
    /// Sequences that would act on a terminal, as UTF-8 bytes.
    static let hostile: [(name: String, text: String)] = [
        ("CSI colour", "\u{1B}[5;31;46m"),
        ("OSC 52 clipboard write", "\u{1B}]52;c;cm0gLXJmIH4K\u{07}"),
        ("OSC 0 title change", "\u{1B}]0;pwned\u{07}"),
        ("OSC 8 hyperlink", "\u{1B}]8;;file:///etc/passwd\u{1B}\\"),
        ("DCS", "\u{1B}P1;2|x\u{1B}\\"),
        ("C1 CSI", "\u{9B}2J"),
        ("bidi override", "\u{202E}"),
        ("zero width space", "\u{200B}"),
        ("bell", "\u{07}"),
    ]

    static func digestFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-inject-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let all = hostile.map(\.text).joined(separator: " ")
        let text = """
        ## Daily Papers (2024-04-26)

        ### [Evil \(all) Title](https://arxiv.org/abs/2404.00001)
        Vote: 5
        Authors: Mallory \(all), Eve
        - **Label \(all)**: 요약 \(all) 끝
          - nested \(all)
        [Watch Video](https://example.com/v\(hostile[1].text).mp4)

        """
        try Data(text.utf8).write(to: dir.appendingPathComponent("evil.md"))
        return dir
    }

    func assertInert(_ output: Data, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThan(output.count, 0, "\(context): nothing was captured", file: file, line: line)
        for (name, text) in Self.hostile {
            // A bare bell may be the terminal's own (ncurses' flash); look for it only next to digest text.
            let needle = name == "bell" ? Data("pwned\u{07}".utf8) : Data(text.utf8)
            XCTAssertNil(output.range(of: needle), "\(context): the \(name) from the digest reached the terminal", file: file, line: line)
        }
    }

    func testCommandOutputIsInert() throws {
        let dir = try Self.digestFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for args in [["list", "--format", "table"], ["list", "--format", "tsv"], ["show", "2404.00001"], ["days"],
                     ["check"], ["export", "--format", "markdown", "--state", dir.appendingPathComponent("s.sqlite").path],
                     ["export", "--format", "bibtex", "--state", dir.appendingPathComponent("s.sqlite").path]] {
            let r = try BinaryRunner.run(args + [dir.path])
            XCTAssertTrue(r.stdout.contains("Evil") || args[0] == "days" || args[0] == "check", "\(args): \(r.stdout)")
            assertInert(Data((r.stdout + r.stderr).utf8), args.joined(separator: " "))
        }
        // JSON escapes controls, so a terminal showing it sees no sequence either.
        let json = try BinaryRunner.run(["list", "--format", "json", dir.path])
        assertInert(Data(json.stdout.utf8), "list --format json")
        XCTAssertTrue(json.stdout.contains("\\u001b[5;31;46m"), "JSON keeps the text, escaped")
    }

    /// Usage errors quote the argument given; the parser's own messages quote it too.
    func testUsageErrorsQuoteArgumentsInert() throws {
        for args in [["list", BinaryRunner.seeds, "--day", "\u{1B}[2J"], ["list", BinaryRunner.seeds, "--bogus\u{1B}]0;pwned\u{07}"],
                     ["list", BinaryRunner.seeds, "--limit", "\u{9B}2J"], ["list", BinaryRunner.seeds, "--sort", "\u{1B}[5;31;46m"]] {
            let r = try BinaryRunner.run(args)
            XCTAssertEqual(r.status, 64, args.joined(separator: " "))
            XCTAssertTrue(r.stderr.hasPrefix("Error: "), r.stderr)
            XCTAssertFalse(r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 },
                           r.stderr.debugDescription)
        }
        let help = try BinaryRunner.run(["list", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: dailypapers list"), help.stdout)
    }

    func testTheReaderWritesNoneOfIt() throws {
        let dir = try Self.digestFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let typescript = dir.appendingPathComponent("typescript")
        // `script` gives the reader a real terminal and records every byte it writes.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-f", "-e", "-c", "\(BinaryRunner.binary.path) \(dir.path)", typescript.path]
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["HOME"] = dir.path
        env["DAILYPAPERS_CONFIG"] = "/nonexistent/config.toml"
        env["COLUMNS"] = "100"
        env["LINES"] = "30"
        process.environment = env
        let keys = Pipe()
        process.standardInput = keys
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A key sent after the reader has gone must fail here, not end the whole test run
        // with SIGPIPE (the run's other output lost with it).
        signal(SIGPIPE, SIG_IGN)
        func send(_ s: String, wait: Double) {
            Thread.sleep(forTimeInterval: wait)
            guard process.isRunning else { return }
            do { try keys.fileHandleForWriting.write(contentsOf: Data(s.utf8)) } catch { XCTFail("sending \(s.debugDescription): \(error)") }
        }
        // List, detail, search with highlights, help: every pane draws the paper.
        send("\t", wait: 1.5)
        send("\t/evil", wait: 0.4)
        send("\r?", wait: 0.4)
        send("q", wait: 0.4)
        send("q", wait: 0.4)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        XCTAssertFalse(process.isRunning)
        let output = try Data(contentsOf: typescript)
        XCTAssertNotNil(output.range(of: Data("Evil".utf8)), "the paper was not drawn:\n\(String(decoding: output, as: UTF8.self))")
        XCTAssertNotNil(output.range(of: Data("요약".utf8)), "the summary was not drawn")
        assertInert(output, "the reader")
    }
}
