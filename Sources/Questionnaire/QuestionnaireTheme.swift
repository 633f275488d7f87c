import SiteModel

/// A group of questions with an optional scoring rule that turns its answers into a level.
public struct QuestionnaireTheme: Sendable {
    /// Unique in the questionnaire.
    public var id: String
    public var title: String
    /// Markdown shown above the questions.
    public var intro: String?
    public var introLocation: SourceLocation?
    public var questions: [QuestionnaireQuestion]
    /// The scoring rule: levels from the lowest scores up, together covering every possible score.
    /// Empty when the theme is not scored.
    public var levels: [QuestionnaireLevel]
    public var location: SourceLocation

    /// Creates a theme.
    public init(id: String, title: String, intro: String? = nil, introLocation: SourceLocation? = nil,
                questions: [QuestionnaireQuestion], levels: [QuestionnaireLevel] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.intro = intro
        self.introLocation = introLocation
        self.questions = questions
        self.levels = levels
        self.location = location
    }

    /// The lowest and highest score of the theme: the sum of its scored questions' ranges; nil when
    /// no question is scored.
    public var scoreRange: ClosedRange<Int>? {
        let ranges = questions.compactMap(\.pointRange)
        guard !ranges.isEmpty else { return nil }
        return ranges.map(\.lowerBound).reduce(0, +)...ranges.map(\.upperBound).reduce(0, +)
    }

    /// The level a score falls in, if the theme has a scoring rule.
    public func level(for score: Int) -> QuestionnaireLevel? {
        levels.first { $0.scores.contains(score) }
    }
}
