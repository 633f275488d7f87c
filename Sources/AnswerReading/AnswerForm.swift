/// What a vragenlijst or quiz page accepts as answers, as its exports write them: the ids, the
/// texts a participant saw (plain, as the page's script reads them from the HTML) and, for the
/// report, the same texts as the site renders them. Made by the build from the page it renders,
/// so the answers are checked against exactly the texts the page showed.
public struct AnswerForm: Sendable {
    /// A vragenlijst (`content/vragenlijsten/`) or a quiz (`content/toetsen/`).
    public enum Kind: String, Sendable {
        case vragenlijst
        case toets
    }

    public var kind: Kind
    /// The file name without `.md`: `data-vragenlijst` / `data-quiz`, and the `vragenlijst` / `toets` of an export.
    public var slug: String
    /// The page title, as the mail's 'Vragenlijst: ...' line and the report's heading show it.
    public var title: String
    /// A quiz has one theme without id or title.
    public var themes: [AnswerTheme]

    /// Creates a form.
    public init(kind: Kind, slug: String, title: String, themes: [AnswerTheme]) {
        self.kind = kind
        self.slug = slug
        self.title = title
        self.themes = themes
    }

    /// All questions, numbered from 1 in page order.
    public var questions: [AnswerQuestion] { themes.flatMap(\.questions) }

    /// The question with `id`.
    public func question(_ id: String) -> AnswerQuestion? {
        for theme in themes { if let question = theme.questions.first(where: { $0.id == id }) { return question } }
        return nil
    }

    /// The theme that holds the question with `id`.
    public func theme(holding id: String) -> AnswerTheme? {
        themes.first { $0.questions.contains { $0.id == id } }
    }
}
