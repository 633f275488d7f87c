/// The matcher's transition table: (state, token) -> next state, in an open-addressing hash table
/// with a multiplicative hash. Swift's Dictionary hashes every key with SipHash, which made the
/// lookup the largest part of auto-linking; this table does one multiply per step.
struct TransitionTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 16)
        values = Array(repeating: 0, count: 16)
        mask = 15
        shift = 60
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & mask
    }

    /// The next state, or nil when there is no transition.
    @inline(__always)
    func next(_ state: Int32, _ token: UInt32) -> Int32? {
        let key = Self.key(state, token)
        var index = slot(key)
        while true {
            let stored = keys[index]
            if stored == key { return values[index] }
            if stored == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    mutating func insert(_ state: Int32, _ token: UInt32, _ next: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.key(state, token)
        var index = slot(key)
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == 0 { count += 1 }
        keys[index] = key
        values[index] = next
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        shift -= 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = slot(key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[index]
            count += 1
        }
    }

    /// Never zero, so zero marks an empty slot.
    @inline(__always)
    static func key(_ state: Int32, _ token: UInt32) -> UInt64 {
        (UInt64(UInt32(bitPattern: state)) << 32 | UInt64(token)) &+ 1
    }
}
