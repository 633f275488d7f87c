/// One question as its page shows it and its exports write it.
public struct AnswerQuestion: Sendable {
    /// How a question is answered: the `soort` of an export.
    public enum Kind: String, Sendable {
        case scale, single, multiple, open, truefalse

        /// True when several options can be chosen.
        public var isMultiple: Bool { self == .multiple }
    }

    public var id: String
    /// From 1, in page order over all themes (the mail numbers questions so).
    public var number: Int
    public var kind: Kind
    /// The question as the site renders it (inline HTML, or block HTML for a long question).
    public var html: String
    /// True when `html` is block HTML (paragraphs, lists), which cannot go into a heading.
    public var htmlIsBlock: Bool
    /// The question as text, whitespace collapsed.
    public var text: String
    public var options: [AnswerOption]
    /// Set for a summary question of a vragenlijst.
    public var summary: AnswerSummary?

    /// Creates a question.
    public init(id: String, number: Int, kind: Kind, html: String, htmlIsBlock: Bool = false, text: String,
                options: [AnswerOption], summary: AnswerSummary? = nil) {
        self.id = id
        self.number = number
        self.kind = kind
        self.html = html
        self.htmlIsBlock = htmlIsBlock
        self.text = text
        self.options = options
        self.summary = summary
    }

    /// True when every option gives points (vragenlijst).
    public var isScored: Bool { kind != .open && !options.isEmpty && options.allSatisfy { $0.points != nil } }

    /// True when a theme's level needs an answer to it: a scored scale or single-choice question.
    public var isNeededForLevel: Bool { isScored && kind != .multiple }

    /// The points of a set of chosen options; nil when the question is not scored, or a needed
    /// question is unanswered.
    public func points(_ chosen: [Int]) -> Int? {
        guard isScored else { return nil }
        if chosen.isEmpty && kind != .multiple { return nil }
        return chosen.reduce(0) { $0 + (options[$1].points ?? 0) }
    }
}

/// One answer to choose.
public struct AnswerOption: Sendable, Equatable {
    /// The label as the site renders it (inline HTML).
    public var html: String
    /// The label as text, whitespace collapsed: what the exports write.
    public var text: String
    public var points: Int?
    /// Quiz: a right answer.
    public var correct: Bool

    /// Creates an option.
    public init(html: String, text: String, points: Int? = nil, correct: Bool = false) {
        self.html = html
        self.text = text
        self.points = points
        self.correct = correct
    }
}

/// The question a summary sentence answers, and the options that count as 'yes' (none: the
/// sentence names the answer chosen most).
public struct AnswerSummary: Sendable, Equatable {
    public var question: String
    public var yes: [Int]

    /// Creates a summary question.
    public init(question: String, yes: [Int]) {
        self.question = question
        self.yes = yes
    }
}
