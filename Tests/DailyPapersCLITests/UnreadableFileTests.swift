import Foundation
import XCTest

/// A digest the user may not read is reported with its path, and the others still load.
/// Root reads everything, so as root the binary runs as `nobody` (through setpriv).
final class UnreadableFileTests: XCTestCase {
    func testAnUnreadableDigestIsReportedAndTheOthersLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dp-perm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let ok = dir.appendingPathComponent("a.md"), locked = dir.appendingPathComponent("b.md")
        try Data("## Daily Papers (2024-05-01)\n### [Readable](https://arxiv.org/abs/2405.00001)\n".utf8).write(to: ok)
        try Data("## Daily Papers (2024-05-02)\n### [Locked](https://arxiv.org/abs/2405.00002)\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: ok.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)

        var arguments = ["check", dir.path]
        var executable = BinaryRunner.binary
        if getuid() == 0 {
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            guard FileManager.default.isExecutableFile(atPath: setpriv.path) else {
                throw XCTSkip("running as root without setpriv: root reads every file")
            }
            // A copy nobody may run, wherever the checkout lives.
            let copy = dir.appendingPathComponent("dailypapers")
            try FileManager.default.copyItem(at: BinaryRunner.binary, to: copy)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path] + arguments
            executable = setpriv
        }
        let r = try BinaryRunner.run(arguments, executable: executable, directory: dir)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stdout, "\(locked.path): cannot open: Permission denied\n1 file, 1 day, 1 paper, 1 problem\n")
    }
}
