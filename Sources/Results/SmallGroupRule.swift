/// The small-group rule of `kennisbank resultaten --min-groep N`: no breakdown shows a count of
/// fewer than N people, so no one in a small group can be singled out.
///
/// In a breakdown whose cells add up to a total that is shown (the answers to a one-answer question,
/// the levels of a theme), one hidden cell could be worked out by subtracting the others from the
/// total. So when exactly one cell is below N, the smallest other cell is hidden too, as the range
/// that the total and the shown cells leave for it (secondary suppression). Cells of a
/// multiple-choice question do not add up to anything, so they need no second cell.
public struct SmallGroupRule: Sendable, Equatable {
    /// N; 1 shows every count.
    public let minimum: Int

    /// Creates the rule; `minimum` below 1 counts as 1.
    public init(minimum: Int) { self.minimum = max(minimum, 1) }

    /// One count on its own.
    public func cell(_ count: Int) -> CellValue {
        minimum > 1 && count < minimum ? .below(minimum) : .exact(count)
    }

    /// The cells of one breakdown; `additive` when they add up to a total the report shows.
    public func cells(_ counts: [Int], additive: Bool) -> [CellValue] {
        var cells = counts.map(cell)
        guard additive, minimum > 1 else { return cells }
        let hidden = cells.indices.filter { cells[$0] != .exact(counts[$0]) }
        guard hidden.count == 1 else { return cells }
        let shown = cells.indices.filter { cells[$0] == .exact(counts[$0]) }
        // The smallest shown cell; on a tie the last, so the first answers stay exact.
        guard let second = shown.min(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }) else { return cells }
        let both = counts[second] + counts[hidden[0]]
        let low = max(minimum, both - (minimum - 1))
        cells[second] = low >= both ? .exact(both) : .range(low, both)
        return cells
    }

    /// True when a group is too small for any breakdown.
    public func tooSmall(_ total: Int) -> Bool { minimum > 1 && total < minimum }
}
