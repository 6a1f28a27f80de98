@testable import DailyPapersCore

/// A small library for search, sort and highlight tests. Library order:
/// 0 `2404.16710` (two days: 2024-05-02 with 3 votes, 2024-04-26 with 27),
/// 1 `2404.16821` (9), 2 `2404.16811` (votes unknown), 3 `hep-th/9901001` (50).
enum SearchFixture {
    static let text = """
    ## Daily Papers (2024-04-26)

    ### [Layer Skip: Early Exit Inference](https://arxiv.org/abs/2404.16710)
    Vote: 27
    Authors: Saurabh Agarwal, Bilge Acun
    - 레이어스킵은 모델의 추론 속도를 높입니다.
    - Self-speculative decoding, then layer after layer.

    ### [State Space Models for Video](https://arxiv.org/abs/2404.16821)
    Vote: 9
    Authors: Chen Wei, Anna Diffusion
    - 비디오를 위한 상태 공간 모델.

    ### [Diffusion Transformers](https://arxiv.org/abs/2404.16811)
    Vote: -
    Authors: Ada Lovelace
    - A space of states.

    ## Daily Papers (2024-05-02)

    ### [Old Style Physics](https://arxiv.org/abs/hep-th/9901001)
    Vote: 50
    Authors: Édouard Chen
    - 모델 없이.

    ### [Layer Skip Again: Early Exit Inference](https://arxiv.org/abs/2404.16710v2)
    Vote: 3
    """

    static let catalog = Catalog(Loader.load(contents: [(path: "search.md", bytes: Array(text.utf8))]))

    /// The ids a query finds, in library order.
    static func ids(_ query: String) throws -> [String] {
        try catalog.match(QueryParser.parse(query)).map { catalog.papers[$0.paper].id }
    }
}
