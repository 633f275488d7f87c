import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// Maps every element on all cores and returns the results in the original order, so parallel
    /// work never changes the output.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        if count < 2 { return map(transform) }
        let box = ResultBox<Result>(count: count)
        // One worker per core takes the next index from a shared counter: no per-item dispatch, and
        // a slow item (a long page) does not hold up a whole fixed chunk.
        let workers = Swift.min(ParallelWork.workerCount, count)
        let counter = AtomicCounter()
        withoutActuallyEscaping(transform) { transform in
            let items = self
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = counter.next()
                    if index >= items.count { break }
                    box.store(transform(items[index]), at: index)
                }
            }
        }
        return box.values()
    }
}

/// How many threads parallel steps use: every core, or `KENNISBANK_THREADS` when set (for profiling).
public enum ParallelWork {
    public static let workerCount: Int = {
        if let text = ProcessInfo.processInfo.environment["KENNISBANK_THREADS"], let value = Int(text), value > 0 { return value }
        return Swift.max(ProcessInfo.processInfo.activeProcessorCount, 1)
    }()
}

/// Collects results written by index from several threads; each slot is written exactly once, into
/// memory allocated up front, so writers never touch shared array bookkeeping.
///
/// Unchecked `Sendable` because the compiler cannot see why this is safe: no two threads write the
/// same slot (each index comes from `AtomicCounter` once), and `values()` reads only after
/// `concurrentPerform` has returned, which orders every write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ value: Value, at index: Int) { storage[index] = value }

    func values() -> [Value] { (0..<count).map { storage[$0]! } }
}

/// A shared counter handing out consecutive indexes to worker threads.
private final class AtomicCounter: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}
