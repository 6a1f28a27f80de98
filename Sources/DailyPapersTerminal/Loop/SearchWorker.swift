import DailyPapersReader
import Foundation

/// Runs the prompt's searches on a thread of its own. Only the newest request matters:
/// one that arrives while another runs replaces any still waiting, so a fast typist
/// costs at most one search behind the last key.
final class SearchWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: SearchRequest?
    private let answer: @Sendable (Event) -> Void

    init(answer: @escaping @Sendable (Event) -> Void) {
        self.answer = answer
        // The thread keeps the worker alive: it waits on the worker's condition for good.
        let thread = Thread { self.loop() }
        thread.name = "dailypapers search"
        thread.start()
    }

    func submit(_ request: SearchRequest) {
        condition.lock()
        waiting = request
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while waiting == nil { condition.wait() }
            let request = waiting!
            waiting = nil
            condition.unlock()
            answer(.searched(request.run(), generation: request.generation))
        }
    }
}
