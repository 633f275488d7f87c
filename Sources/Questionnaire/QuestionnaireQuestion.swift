import SiteModel

/// One statement or question of a theme.
public struct QuestionnaireQuestion: Sendable {
    /// Unique in the whole questionnaire; it keys the reader's saved answers and the exports.
    public var id: String
    public var type: QuestionnaireAnswerType
    /// Markdown.
    public var text: String
    public var textLocation: SourceLocation
    /// Optional inline Markdown shown under the question ('Denk aan het afgelopen jaar').
    public var help: String?
    public var helpLocation: SourceLocation?
    /// For scale questions: the name of the scale in `scales`.
    public var scaleName: String?
    /// The answers to choose from (for scale questions, the scale's steps); empty for open questions.
    public var options: [QuestionnaireOption]
    /// Set when `kennisbank resultaten` answers this question in one sentence at the top of its report.
    public var summary: QuestionnaireSummary?
    public var location: SourceLocation

    /// Creates a question.
    public init(id: String, type: QuestionnaireAnswerType, text: String, textLocation: SourceLocation,
                help: String? = nil, helpLocation: SourceLocation? = nil, scaleName: String? = nil,
                options: [QuestionnaireOption], summary: QuestionnaireSummary? = nil, location: SourceLocation) {
        self.id = id
        self.type = type
        self.text = text
        self.textLocation = textLocation
        self.help = help
        self.helpLocation = helpLocation
        self.scaleName = scaleName
        self.options = options
        self.summary = summary
        self.location = location
    }

    /// True when the answer adds points to the theme's score: every option has points (the loader
    /// allows all or none).
    public var isScored: Bool {
        type != .open && !options.isEmpty && options.allSatisfy { $0.points != nil }
    }

    /// True when a reader must answer it before the theme's level can be told: a scored scale or
    /// single-choice question. Choosing nothing in a multiple-choice question is an answer (zero points).
    public var isNeededForLevel: Bool {
        isScored && type != .multiple
    }

    /// The lowest and highest points an answer can give; nil when the question is not scored.
    public var pointRange: ClosedRange<Int>? {
        guard isScored else { return nil }
        let points = options.compactMap(\.points)
        if type == .multiple {
            // Any set of options, also none: the negative ones at least, the positive ones at most.
            return points.filter { $0 < 0 }.reduce(0, +)...points.filter { $0 > 0 }.reduce(0, +)
        }
        return points.min()!...points.max()!
    }
}
