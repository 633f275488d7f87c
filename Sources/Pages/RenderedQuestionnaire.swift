import Questionnaire
import SiteModel

/// A questionnaire whose Markdown texts are rendered to HTML.
package struct RenderedQuestionnaire: Sendable {
    package struct Option: Sendable {
        package var html: String
        package var points: Int?

        package init(html: String, points: Int?) {
            self.html = html
            self.points = points
        }
    }

    package struct Question: Sendable {
        package var question: QuestionnaireQuestion
        /// Inline text when it fits in a legend or label; otherwise nil and `textBlockHTML` is set.
        package var textInlineHTML: String?
        package var textBlockHTML: String?
        package var helpHTML: String?
        package var options: [Option]

        package init(question: QuestionnaireQuestion, textInlineHTML: String?, textBlockHTML: String?, helpHTML: String?, options: [Option]) {
            self.question = question
            self.textInlineHTML = textInlineHTML
            self.textBlockHTML = textBlockHTML
            self.helpHTML = helpHTML
            self.options = options
        }
    }

    package struct Level: Sendable {
        package var level: QuestionnaireLevel
        package var textHTML: String

        package init(level: QuestionnaireLevel, textHTML: String) {
            self.level = level
            self.textHTML = textHTML
        }
    }

    package struct Theme: Sendable {
        package var theme: QuestionnaireTheme
        package var introHTML: String?
        package var questions: [Question]
        package var levels: [Level]

        package init(theme: QuestionnaireTheme, introHTML: String?, questions: [Question], levels: [Level]) {
            self.theme = theme
            self.introHTML = introHTML
            self.questions = questions
            self.levels = levels
        }
    }

    package var questionnaire: Questionnaire
    package var themes: [Theme]

    package init(questionnaire: Questionnaire, themes: [Theme]) {
        self.questionnaire = questionnaire
        self.themes = themes
    }

    /// Theme titles, intros and questions as plain text, for the search index.
    package var searchText: String {
        themes.flatMap { theme in
            [theme.theme.title, theme.introHTML.map { HTMLEscaping.text(of: $0) } ?? ""]
                + theme.questions.flatMap { [HTMLEscaping.text(of: $0.textInlineHTML ?? $0.textBlockHTML ?? ""), $0.helpHTML.map { HTMLEscaping.text(of: $0) } ?? ""] }
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
