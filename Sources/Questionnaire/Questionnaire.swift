/// A questionnaire read from `content/vragenlijsten/<slug>.md`: themes of statements and questions,
/// answered in the browser, whose answers stay there unless the reader downloads or mails them.
public struct Questionnaire: Sendable {
    public var slug: String
    public var title: String
    public var contentPath: String
    public var file: String
    /// Set when the page offers to open an e-mail with the answers filled in.
    public var mail: QuestionnaireMail?
    public var themes: [QuestionnaireTheme]

    /// Creates a questionnaire.
    public init(slug: String, title: String, contentPath: String, file: String, mail: QuestionnaireMail? = nil,
                themes: [QuestionnaireTheme]) {
        self.slug = slug
        self.title = title
        self.contentPath = contentPath
        self.file = file
        self.mail = mail
        self.themes = themes
    }

    /// All questions, in order.
    public var questions: [QuestionnaireQuestion] { themes.flatMap(\.questions) }

    /// True when at least one theme turns its answers into a level.
    public var isScored: Bool { themes.contains { !$0.levels.isEmpty } }

    /// Front-matter keys a questionnaire file may have beyond the common ones.
    public static let keys = ["mailto", "scales", "themes"]
    /// Keys of one theme.
    public static let themeKeys = ["id", "title", "intro", "questions", "levels"]
    /// Keys of one question.
    public static let questionKeys = ["id", "type", "text", "help", "scale", "options", "summary"]
    /// Keys of a question's `summary` when it is not just a text.
    public static let summaryKeys = ["question", "answers"]
    /// Keys of one option or scale step.
    public static let optionKeys = ["label", "points"]
    /// Keys of one level of a scoring rule.
    public static let levelKeys = ["label", "max", "text", "links"]
}
