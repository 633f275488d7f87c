import FrontMatter
import SiteModel

/// The kinds of question a quiz can ask.
public enum QuizQuestionType: String, Sendable, CaseIterable {
    /// Exactly one correct answer; radio buttons.
    case single
    /// One or more correct answers; checkboxes.
    case multiple
    /// Juist or onjuist; two radio buttons.
    case truefalse
}

/// One answer option.
public struct QuizAnswer: Sendable {
    /// Inline Markdown.
    public var text: String
    public var correct: Bool
    /// Markdown shown when this answer was chosen.
    public var feedback: String
    public var location: SourceLocation
}

/// One question.
public struct QuizQuestion: Sendable {
    public var id: String
    public var type: QuizQuestionType
    /// Markdown.
    public var question: String
    public var questionLocation: SourceLocation
    public var answers: [QuizAnswer]
    /// Markdown shown after answering.
    public var explanation: String
    public var explanationLocation: SourceLocation
    /// Content paths (resolved) of the pages that teach this question.
    public var links: [Located<String>]
    public var location: SourceLocation
}

/// A quiz read from `content/toetsen/<slug>.md`.
public struct Quiz: Sendable {
    public var slug: String
    public var title: String
    /// Folder of the section the quiz belongs to.
    public var sectionPath: String
    public var questions: [QuizQuestion]
    public var contentPath: String
    public var file: String
    /// Show the answers of single and multiple choice questions in a random order in the browser.
    public var shuffle: Bool = false

    /// Front-matter keys a quiz file may have beyond the common ones.
    public static let keys = ["section", "shuffle", "questions"]
    /// Keys of one question.
    public static let questionKeys = ["id", "type", "question", "answers", "explanation", "links"]
    /// Keys of one answer.
    public static let answerKeys = ["text", "correct", "feedback"]
}
