import Foundation
import XCTest
import DailyPapersCore
import Synchronization

/// Background loads run one at a time, and the one running hears that a newer one waits.
final class LoadSequenceTests: XCTestCase {
    func testANewLoadWaitsForTheOneBeforeWhichHearsItIsSuperseded() {
        let sequence = LoadSequence()
        let first = sequence.begin()
        XCTAssertFalse(sequence.superseded(first))
        let began = expectation(description: "the second load began")
        let second = Mutex<Int?>(nil)
        Thread.detachNewThread {
            let mine = sequence.begin()
            second.withLock { $0 = mine }
            began.fulfill()
        }
        // The second asks first, then waits for the first to end.
        let deadline = Date().addingTimeInterval(5)
        while !sequence.superseded(first), Date() < deadline { usleep(1_000) }
        XCTAssertTrue(sequence.superseded(first))
        usleep(50_000)
        XCTAssertNil(second.withLock { $0 }, "it began while the first ran")
        sequence.end()
        wait(for: [began], timeout: 5)
        let mine = second.withLock { $0 }
        XCTAssertNotNil(mine)
        XCTAssertFalse(sequence.superseded(mine!))
        sequence.end()
        let third = sequence.begin()
        XCTAssertTrue(sequence.superseded(mine!), "a third load supersedes the second")
        XCTAssertFalse(sequence.superseded(third))
        sequence.end()
    }
}
