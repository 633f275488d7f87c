/// A theme of a vragenlijst: its questions and, when scored, the levels its score leads to.
public struct AnswerTheme: Sendable {
    public var id: String
    public var title: String
    public var questions: [AnswerQuestion]
    /// From low to high; empty when the theme is not scored.
    public var levels: [AnswerLevel]
    /// The lowest and highest score; nil when no question gives points.
    public var scoreRange: ClosedRange<Int>?

    /// Creates a theme.
    public init(id: String, title: String, questions: [AnswerQuestion], levels: [AnswerLevel] = [],
                scoreRange: ClosedRange<Int>? = nil) {
        self.id = id
        self.title = title
        self.questions = questions
        self.levels = levels
        self.scoreRange = scoreRange
    }

    /// True when the theme turns its answers into a level.
    public var isScored: Bool { !levels.isEmpty && scoreRange != nil }

    /// The level of `score`.
    public func level(for score: Int) -> Int? {
        levels.firstIndex { $0.scores.contains(score) }
    }
}

/// One outcome of a theme's scoring rule.
public struct AnswerLevel: Sendable, Equatable {
    public var label: String
    /// Both ends included.
    public var scores: ClosedRange<Int>

    /// Creates a level.
    public init(label: String, scores: ClosedRange<Int>) {
        self.label = label
        self.scores = scores
    }
}
