/// The answers to one question over a group.
public struct QuestionTally: Sendable, Equatable {
    /// Submissions that answered it.
    public var answered = 0
    /// Per option, how many chose it (a multiple-choice option counts each submission that chose it).
    public var counts: [Int]
    /// Open answers, in `SeededShuffle` order.
    public var texts: [String] = []
    /// Scale questions: median and quartiles of the chosen steps.
    public var statistics: OrdinalStatistics?
    /// Quiz: answered right (exactly the right options chosen).
    public var right = 0
    /// Summary questions with answers that count as 'yes': submissions that chose at least one.
    public var yes = 0

    /// An empty tally for a question with `options` options.
    public init(options: Int) { counts = Array(repeating: 0, count: options) }
}

/// The levels of one scored theme over a group.
public struct ThemeTally: Sendable, Equatable {
    /// Per level, how many submissions reached it.
    public var levelCounts: [Int]
    /// Submissions without a level: a question the level needs was not answered.
    public var incomplete = 0
    /// Median and quartiles of the scores of the complete submissions (in points, not steps).
    public var statistics: OrdinalStatistics?

    /// An empty tally for a theme with `levels` levels.
    public init(levels: Int) { levelCounts = Array(repeating: 0, count: levels) }

    /// Submissions with a level.
    public var complete: Int { levelCounts.reduce(0, +) }
}
