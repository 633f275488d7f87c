import Questionnaire
import SiteModel

/// A questionnaire whose Markdown texts are rendered to HTML.
struct RenderedQuestionnaire: Sendable {
    struct Option: Sendable {
        var html: String
        var points: Int?
    }

    struct Question: Sendable {
        var question: QuestionnaireQuestion
        /// Inline text when it fits in a legend or label; otherwise nil and `textBlockHTML` is set.
        var textInlineHTML: String?
        var textBlockHTML: String?
        var helpHTML: String?
        var options: [Option]
    }

    struct Level: Sendable {
        var level: QuestionnaireLevel
        var textHTML: String
    }

    struct Theme: Sendable {
        var theme: QuestionnaireTheme
        var introHTML: String?
        var questions: [Question]
        var levels: [Level]
    }

    var questionnaire: Questionnaire
    var themes: [Theme]

    /// Theme titles, intros and questions as plain text, for the search index.
    var searchText: String {
        themes.flatMap { theme in
            [theme.theme.title, theme.introHTML.map { HTMLEscaping.text(of: $0) } ?? ""]
                + theme.questions.flatMap { [HTMLEscaping.text(of: $0.textInlineHTML ?? $0.textBlockHTML ?? ""), $0.helpHTML.map { HTMLEscaping.text(of: $0) } ?? ""] }
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
