import Foundation

extension Array where Element: Sendable {
    /// Maps every element on all cores and returns the results in the original order, so parallel
    /// work never changes the output.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        if count < 2 { return map(transform) }
        let box = ResultBox<Result>(count: count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            box.store(transform(items[index]), at: index)
        }
        return box.values()
    }
}

/// Collects results written by index from several threads; each index is written exactly once.
private final class ResultBox<Value>: @unchecked Sendable {
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [Value] { storage.map { $0! } }
}
