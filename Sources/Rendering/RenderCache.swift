import Foundation

/// A thread-safe memo of rendered pieces, keyed by everything they depend on. Lives for one render
/// pass, so a template edit in the dev server never sees stale pieces.
///
/// `Value` need not be `Sendable`: each value is made once and only read after that, and the
/// lock orders the write before every read, which is why the unchecked `Sendable` is sound.
final class RenderCache<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    /// The cached value for `key`, made with `make` the first time.
    func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
