import Foundation
import Synchronization

/// Work started on a thread of its own and collected later: a job that cannot use every core by
/// itself (making the search index) runs while the parallel steps keep both cores busy, instead of
/// adding all of its time to the build.
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let outcome = Mutex<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` at once.
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            outcome.withLock { $0 = value }
            finished.signal()
        }
        // The main thread's size: the work may be the same code that runs there otherwise.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work to finish and returns what it made; later calls return the same value.
    public func value() -> Value {
        finished.wait()
        finished.signal()
        return outcome.withLock { value in
            guard let value else { preconditionFailure("BackgroundWork signalled before storing its value") }
            return value
        }
    }
}
