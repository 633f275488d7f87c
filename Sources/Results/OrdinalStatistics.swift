/// The median and the quartiles of answers on a scale, as step numbers (1 for the first step).
/// The median of an even number of answers is halfway between the middle two; the quartiles use the
/// nearest-rank rule (the answer at rank ⌈n/4⌉ and ⌈3n/4⌉), so they are always a step of the scale
/// and the interquartile range says where the middle half of the answers lies.
public struct OrdinalStatistics: Sendable, Equatable {
    /// The median; ends in .5 when it lies between two steps.
    public var median: Double
    public var lowerQuartile: Int
    public var upperQuartile: Int

    /// The statistics of `values` (any order); nil when there are none.
    public init?(_ values: [Int]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let count = sorted.count
        median = count % 2 == 1 ? Double(sorted[count / 2]) : Double(sorted[count / 2 - 1] + sorted[count / 2]) / 2
        lowerQuartile = sorted[(count + 3) / 4 - 1]
        upperQuartile = sorted[(3 * count + 3) / 4 - 1]
    }

    /// The interquartile range in steps.
    public var interquartileRange: Int { upperQuartile - lowerQuartile }
}
