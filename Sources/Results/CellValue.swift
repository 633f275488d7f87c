/// A count as the report may show it under the small-group rule (`SmallGroupRule`).
public enum CellValue: Sendable, Equatable {
    /// The count itself.
    case exact(Int)
    /// Fewer than the smallest group shown ('< 5').
    case below(Int)
    /// Hidden so that a small count cannot be worked out from the total: only the range it lies
    /// in, which the total and the other cells give away anyway ('20 tot 24').
    case range(Int, Int)

    /// The count when shown.
    public var exact: Int? {
        if case .exact(let count) = self { return count }
        return nil
    }

    /// As text: '18', '< 5', '20–24'.
    public var text: String {
        switch self {
        case .exact(let count): return String(count)
        case .below(let minimum): return "< \(minimum)"
        case .range(let low, let high): return "\(low)–\(high)"
        }
    }
}
