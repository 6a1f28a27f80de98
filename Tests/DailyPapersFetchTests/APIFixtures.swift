import DailyPapersCore
import Foundation

/// Responses in the shape of `/api/daily_papers`, fields the digest ignores included, and
/// the digests they must become.
enum APIFixtures {
    static let day = Day("2024-04-26")!

    /// Three papers, not in vote order: LaTeX and a line break in a title, brackets in
    /// another, an AI summary on one, a version suffix on an id, a tie in votes, a paper
    /// with no authors, no abstract and no thumbnail, and fields the reader does not use.
    static let normalDay = #"""
    [
      {
        "paper": {
          "id": "2412.06676",
          "authors": [
            {"_id": "6750a1", "name": "Roi Cohen", "hidden": false},
            {"_id": "6750a2", "name": "Konstantin Dobler", "hidden": false},
            {"_id": "6750a3", "name": "Eden Biran", "hidden": false},
            {"_id": "6750a4", "name": "Gerard de Melo", "hidden": false}
          ],
          "publishedAt": "2024-12-09T16:13:01.000Z",
          "title": "I Don't Know: Explicit Modeling of Uncertainty with an [IDK] Token",
          "summary": "Large Language Models are known to capture real-world knowledge.\nHowever, they often hallucinate, e.g. when asked about rare facts. We propose an [IDK] token!",
          "upvotes": 12,
          "discussionId": "6757b1",
          "ai_keywords": ["hallucination", "calibration"]
        },
        "publishedAt": "2024-12-10T02:00:00.000Z",
        "title": "I Don't Know: Explicit Modeling of Uncertainty with an [IDK] Token",
        "thumbnail": "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2412.06676.png",
        "numComments": 2,
        "submittedBy": {"_id": "60f1", "fullname": "Someone", "isPro": false},
        "isAuthorParticipating": false
      },
      {
        "paper": {
          "id": "2410.09342v2",
          "authors": [
            {"_id": "67a1", "name": "Zihan Zhou"},
            {"_id": "67a2", "name": "Sean O'Brien"}
          ],
          "publishedAt": "2024-10-12T00:00:00.000Z",
          "title": "LLM$\\times$MapReduce: Simplified Long-Sequence\n   Processing using Large Language Models",
          "summary": "This abstract is not used: the paper has an AI summary.",
          "ai_summary": "LLM×MapReduce splits long documents into chunks. It then aggregates the answers.",
          "upvotes": 40
        },
        "title": "LLM$\\times$MapReduce: Simplified Long-Sequence Processing using Large Language Models",
        "thumbnail": "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2410.09342.png",
        "numComments": 0
      },
      {
        "paper": {
          "id": "2404.16710",
          "authors": [],
          "title": "Layer Skip: Enabling Early Exit Inference and Self-Speculative Decoding",
          "summary": "",
          "upvotes": 12,
          "ai_summary": null
        },
        "thumbnail": null
      }
    ]
    """#

    static let normalDigest = #"""
    ## Daily Papers (2024-04-26)

    ### [LLM$\times$MapReduce: Simplified Long-Sequence Processing using Large Language Models](https://arxiv.org/abs/2410.09342)

    ![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2410.09342.png)

    Vote: 40

    Authors: Zihan Zhou, Sean O'Brien

    - LLM×MapReduce splits long documents into chunks.
    - It then aggregates the answers.

    ### [I Don't Know: Explicit Modeling of Uncertainty with an [IDK] Token](https://arxiv.org/abs/2412.06676)

    ![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2412.06676.png)

    Vote: 12

    Authors: Roi Cohen, Konstantin Dobler, Eden Biran, Gerard de Melo

    - Large Language Models are known to capture real-world knowledge.
    - However, they often hallucinate, e.g. when asked about rare facts.
    - We propose an [IDK] token!

    ### [Layer Skip: Enabling Early Exit Inference and Self-Speculative Decoding](https://arxiv.org/abs/2404.16710)

    Vote: 12


    """#

    /// One paper with `votes` votes, for days whose content does not matter.
    static func onePaper(id: String = "2404.16821", votes: Int) -> String {
        #"[{"paper": {"id": "\#(id)", "title": "InternVL 1.5", "summary": "One sentence.", "upvotes": \#(votes), "authors": [{"name": "Zhe Chen"}]}, "thumbnail": "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/\#(id).png"}]"#
    }

    static func onePaperDigest(day: Day, id: String = "2404.16821", votes: Int) -> String {
        """
        ## Daily Papers (\(day))

        ### [InternVL 1.5](https://arxiv.org/abs/\(id))

        ![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/\(id).png)

        Vote: \(votes)

        Authors: Zhe Chen

        - One sentence.


        """
    }

    /// A valid array of papers of at least `bytes` bytes, as a runaway endpoint might send.
    static func huge(bytes: Int) -> [UInt8] {
        let abstract = String(repeating: "Padding sentence to make the day enormous. ", count: 500)
        var out = Array("[".utf8)
        var n = 0
        while out.count < bytes {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out += Array(#"{"paper": {"id": "2404.\#(10000 + n % 90000)", "title": "Paper \#(n)", "summary": "\#(abstract)", "upvotes": 1, "authors": []}}"#.utf8)
            n += 1
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// The request target for `day`.
    static func target(_ day: Day) -> String { "/api/daily_papers?date=\(day)" }
}
