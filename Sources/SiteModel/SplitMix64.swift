/// A small deterministic random number generator (Vigna's SplitMix64): the same seed gives the
/// same sequence on every machine, so anything shuffled or generated with it is reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    /// Starts the sequence at `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 up to, not including, `bound` (which must be positive).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
