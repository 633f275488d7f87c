/// Per-chunk results written from several threads; each slot is written once, into memory
/// allocated up front, so writers never touch shared array bookkeeping.
final class ChunkSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: max(count, 1))
    }

    deinit {
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    /// Sets slot `index`; call once per slot, from any thread.
    func store(_ value: Value, at index: Int) { slots[index] = value }

    /// All slots in order, once every writer has finished.
    func values() -> [Value] { (0..<count).map { slots[$0]! } }
}
