import Foundation
import XCTest
@testable import DailyPapersCore
#if canImport(Glibc)
import Glibc
#endif

/// The read-ahead queues reads only for files the page cache does not hold, and what it
/// queues is then read in.
final class ReadAheadTests: XCTestCase {
    func testFilesInMemoryAreNotQueued() throws {
        let paths = try files(12)
        XCTAssertNil(ReadAhead.ifCold(paths), "every file was just written, so every page is in memory")
        let fd = try open(paths[0])
        defer { close(fd) }
        XCTAssertNil(ReadAhead.ifCold(fd: fd, size: 20_000))
    }

    func testEvictedFilesAreReadBackIn() throws {
        let paths = try files(12)
        try evict(paths)
        // One file in memory among the sample is not enough to skip the rest.
        _ = try Data(contentsOf: URL(fileURLWithPath: paths[5]))
        let readAhead = try XCTUnwrap(ReadAhead.ifCold(paths), "the files were evicted")
        XCTAssertTrue(eventually { paths.allSatisfy(Self.resident) }, "the queued reads bring every file in")
        readAhead.stop()
    }

    func testAnEvictedCacheFileIsReadBackInFromItsStart() throws {
        let path = try files(1, bytes: 3 << 20)[0]
        try evict([path])
        let fd = try open(path)
        defer { close(fd) }
        let readAhead = try XCTUnwrap(ReadAhead.ifCold(fd: fd, size: 3 << 20))
        XCTAssertTrue(eventually { Self.resident(path, at: 0) && Self.resident(path, at: (3 << 20) - 1) })
        readAhead.stop()
    }

    func testALoadOfEvictedFilesIsTheSameLoad() throws {
        let dir = try TestSupport.temporaryFolder(self)
        var paths: [String] = []
        for d in 1...9 {
            let url = dir.appendingPathComponent("2024/05/0\(d).md")
            try TestSupport.write(digest("2024-05-0\(d)", "### [P\(d)](https://arxiv.org/abs/2405.0000\(d))\n\nVote: \(d)\n\n- 요약 \(d)\n"), to: url)
            paths.append(url.path)
        }
        let warm = Loader.load([dir.path])
        try evict(paths)
        let cold = Loader.load([dir.path])
        XCTAssertEqual(cold.papers.map(\.id), warm.papers.map(\.id))
        XCTAssertEqual(cold.papers.count, 9)
        XCTAssertEqual(cold.problems, [])
    }

    // MARK: - Helpers

    private func files(_ count: Int, bytes: Int = 20_000) throws -> [String] {
        let dir = try TestSupport.temporaryFolder(self)
        return try (0..<count).map { i in
            let url = dir.appendingPathComponent(String(format: "%02d.md", i))
            try Data(repeating: UInt8(ascii: "a") + UInt8(i % 26), count: bytes).write(to: url)
            return url.path
        }
    }

    private func open(_ path: String) throws -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw XCTSkip("cannot open \(path)") }
        return fd
    }

    /// Writes the files out and drops their pages; skips where the file system keeps
    /// them regardless (tmpfs holds files only in memory).
    private func evict(_ paths: [String]) throws {
        for path in paths {
            let fd = try open(path)
            fsync(fd)
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
            close(fd)
        }
        guard !paths.contains(where: Self.resident) else {
            throw XCTSkip("this file system keeps the test's files in memory")
        }
    }

    private static func resident(_ path: String) -> Bool { resident(path, at: 0) }

    private static func resident(_ path: String, at offset: Int) -> Bool {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let p = mmap(nil, page, PROT_READ, MAP_SHARED, fd, off_t(offset / page * page)), p != MAP_FAILED else { return false }
        defer { munmap(p, page) }
        var present: UInt8 = 0
        return mincore(p, page, &present) == 0 && present & 1 == 1
    }

    /// Whether `condition` holds within five seconds: the kernel reads what was queued in
    /// its own time.
    private func eventually(_ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(5)
        while Date() < end {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
