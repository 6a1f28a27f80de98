import DailyPapersCore
import FuzzSupport

/// Fuzzes the query language: any line either parses or is an error whose columns lie
/// within the line, and a parsed query runs with highlights inside the fields.
@main
enum QueryFuzzer {
    static let catalog: Catalog = {
        let digest = """
        ## Daily Papers (2024-04-26)
        ### [Layer Skip: 레이어스킵 Early Exit](https://arxiv.org/abs/2404.16710)
        Vote: 27
        Authors: Beidi Chen, 김민수, Sean O'Brien, +
        - **What's New**: 모델의 추론 속도를 향상시키는 state space 방법.
          - nested ÜBER école İstanbul
        ### [Diffusion Video $\\times$ [IDK] Token](https://arxiv.org/abs/2404.16711v2)
        Vote: -
        - 비디오 diffusion 모델
        ## Daily Papers (2023-12-01)
        ### [Old Style](http://arxiv.org/abs/hep-th/9901001)
        - 오래된 논문
        """
        return Catalog(Loader.load(contents: [(path: "q.md", bytes: Array(digest.utf8))]))
    }()

    static func main() {
        _ = catalog
        FuzzMain.run { bytes in check(String(decoding: bytes, as: UTF8.self)) }
    }

    static func check(_ text: String) {
        let length = text.count
        do {
            let query = try QueryParser.parse(text)
            for order in SortOrder.allCases {
                for hit in catalog.search(query, order: order, reversed: length % 2 == 0, marks: { _ in [.read] }) {
                    let paper = catalog.papers[hit.paper]
                    let h = catalog.highlights(query, paper: hit.paper)
                    for r in h.title { precondition(r.lowerBound >= 0 && r.upperBound <= paper.title.utf8.count) }
                    for (k, ranges) in h.summary {
                        for r in ranges { precondition(r.upperBound <= paper.summary[k].text.utf8.count) }
                    }
                    for (k, ranges) in h.authors {
                        for r in ranges { precondition(r.upperBound <= paper.authors[k].utf8.count) }
                    }
                }
            }
        } catch {
            precondition(error.columns.lowerBound >= 0 && error.columns.upperBound <= length + 1,
                         "error columns \(error.columns) outside a line of \(length)")
            precondition(!error.message.isEmpty)
        }
    }
}

#if FUZZING
/// libFuzzer's entry, for whichever `main` the link keeps (ours or libFuzzer's own).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneQueryInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    QueryFuzzer.check(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
#endif
