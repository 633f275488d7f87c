/// A document or term id with a weight, in 32 bits.
///
/// An index of a large site holds millions of these (2 million for 10,000 pages); at 4 bytes instead of
/// 8 or 16, allocating and first touching their memory costs half as much, which was visible in the build.
struct WeightedID: Sendable, Hashable {
    /// Ids must stay below this: 4.2 million documents, or distinct terms per chunk of documents.
    static let idLimit = 1 << 22
    /// Weights must stay below this: a raw field weight (`SearchFieldWeight.packed`) or a final
    /// posting weight (`SearchFieldWeight.postingWeight`).
    static let weightLimit = 1 << 10

    private let bits: UInt32

    init(id: Int, weight: Int) {
        precondition(id >= 0 && id < WeightedID.idLimit, "search index id \(id) out of range")
        precondition(weight >= 0 && weight < WeightedID.weightLimit, "search index weight \(weight) out of range")
        bits = UInt32(truncatingIfNeeded: id) << 10 | UInt32(truncatingIfNeeded: weight)
    }

    var id: Int { Int(bits >> 10) }
    var weight: Int { Int(bits & 0x3FF) }
}
