import XCTest
@testable import DailyPapersCore

/// The digest that ships as default content, parsed exactly.
final class SeedTests: XCTestCase {
    private func seed() throws -> Library {
        let path = TestSupport.seedPath
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no seeds/ in this checkout") }
        return Loader.load([path])
    }

    func testTenPapersWithTheirVotesInFileOrder() throws {
        let lib = try seed()
        XCTAssertEqual(lib.problems, [])
        XCTAssertEqual(lib.digestFiles, 1)
        XCTAssertEqual(lib.papers.count, 10)
        XCTAssertEqual(lib.papers.map { $0.latest.votes }, [27, 20, 16, 12, 11, 10, 9, 9, 7, 4])
        XCTAssertEqual(lib.papers.map(\.id), [
            "2404.16710", "2404.16821", "2404.16811", "2404.16645", "2404.16510",
            "2404.16221", "2404.16375", "2404.16771", "2404.16820", "2404.16790",
        ])
        XCTAssertEqual(lib.papers.map { $0.latest.source.line }, [3, 18, 33, 49, 63, 80, 94, 112, 128, 145])
        XCTAssertEqual(lib.days, [DaySummary(day: Day("2024-04-26")!, papers: 10, topVotes: 27)])
        XCTAssertEqual(lib.papers.reduce(0) { $0 + $1.summary.count }, 67)
    }

    func testInternVLAuthorListIsMarkedShortened() throws {
        let p = try XCTUnwrap(try seed().paper("2404.16821"))
        XCTAssertEqual(p.title, "How Far Are We to GPT-4V? Closing the Gap to Commercial Multimodal Models with Open-Source Suites")
        XCTAssertTrue(p.authorsTruncated)
        XCTAssertFalse(p.authors.contains("+"))
        XCTAssertEqual(p.authors.count, 22)
        XCTAssertEqual(Array(p.authors.suffix(3)), ["Xiaoyi Dong", "Zhe Chen", "Hang Yan"])
        XCTAssertEqual(p.thumbnail, "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.16821.png")
    }

    func testNoOtherSeedPaperIsTruncated() throws {
        XCTAssertEqual(try seed().papers.filter(\.authorsTruncated).map(\.id), ["2404.16821"])
    }

    func testFirstPaper() throws {
        let p = try XCTUnwrap(try seed().papers.first)
        XCTAssertEqual(p.title, "Layer Skip: Enabling Early Exit Inference and Self-Speculative Decoding")
        XCTAssertEqual(p.authors.first, "Saurabh Agarwal")
        XCTAssertEqual(p.authors.count, 13)
        XCTAssertEqual(p.summary.count, 6)
        XCTAssertEqual(p.summary.first, Bullet(text: "LayerSkip은 대규모 언어 모델의 추론 속도를 향상시키기 위해 고안된 종단간 솔루션을 제시합니다."))
    }
}
