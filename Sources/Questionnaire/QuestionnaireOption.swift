import SiteModel

/// One answer a reader can choose: a step of a scale or an option of a choice question.
public struct QuestionnaireOption: Sendable, Equatable {
    /// Inline Markdown.
    public var label: String
    /// The points this answer adds to its theme's score; nil when the question is not scored.
    public var points: Int?
    public var location: SourceLocation

    /// Creates an option.
    public init(label: String, points: Int?, location: SourceLocation) {
        self.label = label
        self.points = points
        self.location = location
    }
}
