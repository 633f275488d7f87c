import Foundation

/// A thread-safe memo of rendered template pieces, keyed by everything their output depends on.
/// Lives for one render pass, so a template edit in the dev server never sees stale pieces.
final class RenderCache<Key: Hashable & Sendable>: @unchecked Sendable {
    private var values: [Key: String] = [:]
    private let lock = NSLock()

    /// The cached value for `key`, rendering it with `make` the first time.
    func value(for key: Key, _ make: () -> String) -> String {
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
