import DailyPapersCore
import Foundation
@testable import DailyPapersReader

/// The catalogs the tests read: the shipped seed, and a small digest written here that
/// holds what the seed lacks (several days, unknown votes, Korean titles, labels, nesting,
/// an escape sequence).
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let seedPath = repository.appendingPathComponent("seeds/000_aaa61af644286699.txt").path

    static func seed() -> Catalog { Catalog(Loader.load([seedPath])) }

    static let multiDayText = """
    ## Daily Papers (2024-04-30)

    ### [Alpha: Small Models Think Fast](https://arxiv.org/abs/2404.20001)

    Vote: 12

    Authors: Kim Minji, Lee Jiho

    - 작은 모델의 추론 속도를 높입니다.

    ### [Beta \u{1B}[31mRed\u{1B}[0m Title](https://arxiv.org/abs/2404.20002)

    Vote: -

    Authors: ['Ana Díaz', "Sean O'Brien"]

    - 제목에 이스케이프 시퀀스가 있습니다.

    ## Daily Papers (2024-05-01)

    ### [감마: 한국어 제목의 논문](https://arxiv.org/abs/2405.00003)

    Vote: 55

    Authors: 김철수, 이영희, +, 박민수

    - **What's New**: 새로운 모델을 소개합니다.
    - **Technical Details**: 세부 사항입니다.
      - 중첩된 항목입니다.

    ### [I Don't Know: Delta with an [IDK] Token](https://arxiv.org/abs/2405.00004)

    Vote: 7

    Authors: Dana Delta

    - 델타 요약입니다.

    ## Daily Papers (2024-05-03)

    ### [Epsilon Returns](https://arxiv.org/abs/2405.00005)

    Vote: 101

    Authors: Eve Epsilon

    - 엡실론 요약입니다.

    """

    static func multiDay() -> Catalog {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dailypapers-reader-\(ProcessInfo.processInfo.processIdentifier)-multiday.md")
        try! multiDayText.write(to: url, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return Catalog(Loader.load([url.path]))
    }
}
