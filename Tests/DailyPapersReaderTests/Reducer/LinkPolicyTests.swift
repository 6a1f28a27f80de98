import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// Only paper links built from a well-formed arXiv id are ever opened or copied.
final class LinkPolicyTests: XCTestCase {
    func testPaperLinksPass() {
        for url in ["https://arxiv.org/abs/2404.16710", "https://arxiv.org/pdf/2404.16710",
                    "https://huggingface.co/papers/2404.16710", "https://arxiv.org/abs/hep-th/9901001"] {
            XCTAssertNil(LinkPolicy.refusal(for: url), url)
        }
    }

    func testEverythingElseIsRefusedWithAReason() {
        let hostile = [
            "javascript:alert(1)", "file:///etc/passwd", "http://arxiv.org/abs/2404.16710",
            "https://arxiv.org/abs/2404.16710;rm -rf ~", "https://arxiv.org/abs/2404.16710$(id)",
            "https://arxiv.org/abs/2404.16710\nX", "https://arxiv.org/abs/2404.16710 --new-window",
            "https://evil.example/abs/2404.16710", "https://arxiv.org/abs/../../etc", "https://arxiv.org/abs/",
            "https://arxiv.org.evil.example/abs/2404.16710", "https://arxiv.org/abs/2404.16710`x`",
        ]
        for url in hostile {
            XCTAssertNotNil(LinkPolicy.refusal(for: url), url)
        }
    }

    func testNoHostileLinkCanComeFromADigest() {
        // Paper links that are not arXiv or Hugging Face links never make a paper at all.
        let text = """
        ## Daily Papers (2024-04-26)
        ### [A](javascript:alert(1))
        ### [B](file:///etc/passwd)
        ### [C](https://arxiv.org/abs/2404.16710;touch /tmp/x)
        ### [D](https://arxiv.org/abs/2404.16711)
        """
        let catalog = Catalog(Loader.load(contents: [(path: "t.md", bytes: Array(text.utf8))]))
        XCTAssertEqual(catalog.papers.map(\.id), ["2404.16711"])
        XCTAssertEqual(catalog.library.problems.map(\.line), [2, 3, 4])
        var s = ReaderState(catalog: catalog)
        for key in ["o", "p", "h", "y", "Y"] {
            for effect in s.press(.char(Character(key))) {
                switch effect {
                case let .open(url): XCTAssertNil(LinkPolicy.refusal(for: url))
                case let .copy(text, _): XCTAssertTrue(text.contains("https://arxiv.org/abs/2404.16711"))
                default: break
                }
            }
        }
    }
}
