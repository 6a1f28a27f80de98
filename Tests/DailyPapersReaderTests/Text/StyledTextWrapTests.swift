import DailyPapersCore
@testable import DailyPapersReader
import XCTest

/// `StyledText` wraps and cuts its characters itself: the lines must be those
/// `DisplayWidth` makes of the plain text, and each character must keep its own style.
final class StyledTextWrapTests: XCTestCase {
    /// Pieces that stress the rule: spaces in runs, words longer than a line, wide and
    /// zero-width characters, a combining mark, an emoji with a variation selector.
    static let pieces = ["a", "b", "word", "transformer", " ", "  ", "모델", "레이어를", "가", "é", "e\u{301}",
                         "☀\u{FE0F}", "\u{200B}", "xyzzyxyzzyxyzzy", "-", "…", "長い"]

    func testWrapAndTruncateAgreeWithThePlainText() {
        var rng = Generator(state: 99)
        for round in 0..<3_000 {
            var text = StyledText()
            for _ in 0..<Int(rng.next() % 14) {
                let piece = Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
                text += StyledText(piece, style: rng.next() % 3 == 0 ? .match : [])
            }
            // Wrapping drops only spaces: every other character comes out once, in order.
            let kept = text.characters.filter { $0.0 != " " }
            for columns in [1, 2, 3, 5, 8, 13] {
                let lines = text.wrapped(to: columns)
                XCTAssertEqual(lines.map(\.plain), DisplayWidth.wrap(text.plain, to: columns), "round \(round) at \(columns)")
                // Lines take those characters in order, each with the style it had.
                let out = lines.flatMap(\.characters).filter { $0.0 != " " }
                XCTAssertEqual(out.map(\.0), kept.map(\.0), "round \(round) at \(columns)")
                XCTAssertEqual(out.map(\.1), kept.map(\.1), "round \(round) at \(columns)")
                let cut = text.truncated(to: columns)
                XCTAssertEqual(cut.plain, DisplayWidth.truncate(text.plain, to: columns), "round \(round) at \(columns)")
                for (k, c) in cut.characters.enumerated() where k < text.characters.count {
                    XCTAssertEqual(c.1, text.characters[k].1, "round \(round) at \(columns), character \(k)")
                }
                XCTAssertEqual(text.width, DisplayWidth.of(text.plain))
            }
        }
    }

    /// Knuth's MMIX constants: a fixed sequence, so that a failure repeats.
    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }
}
