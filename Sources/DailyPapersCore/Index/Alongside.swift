import Foundation

/// Runs `side` on a thread of its own while the calling thread runs `main`, and returns
/// both results. The index's serial steps (sorting titles) run this way beside its
/// parallel passes, so that no core waits for them. A `Thread`, not a dispatch queue: a
/// queue's work waits for a pool thread, and the parallel passes hold them all.
func alongside<Side: Sendable, Main>(_ side: @escaping @Sendable () -> Side, _ main: () -> Main) -> (Side, Main) {
    let box = ResultBox<Side>(), done = DispatchSemaphore(value: 0)
    Thread {
        box.value = side()
        done.signal()
    }.start()
    let mine = main()
    done.wait()
    return (box.value!, mine)
}

/// Where the side thread leaves its result; read only after it signals.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
