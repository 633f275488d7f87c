import AnswerReading
import Pages
import Questionnaire
import Quiz
import SiteModel

extension AnswerForm {
    /// The form of a vragenlijst as its page renders it: texts as the page's script reads them
    /// from the HTML (tags dropped, white space collapsed), which is what its exports write.
    package init(_ rendered: RenderedQuestionnaire, title: String) {
        var number = 0
        let themes = rendered.themes.map { theme -> AnswerTheme in
            let questions = theme.questions.map { question -> AnswerQuestion in
                number += 1
                let html = question.textInlineHTML ?? question.textBlockHTML ?? ""
                let options = question.options.map { AnswerOption(html: $0.html, text: Self.plain($0.html), points: $0.points) }
                let summary = question.question.summary.map { AnswerSummary(question: $0.question, yes: $0.answers) }
                return AnswerQuestion(id: question.question.id, number: number, kind: AnswerQuestion.Kind(rawValue: question.question.type.rawValue)!,
                                      html: html, htmlIsBlock: question.textInlineHTML == nil, text: Self.plain(html),
                                      options: options, summary: summary)
            }
            let levels = theme.levels.map { AnswerLevel(label: Self.collapsed($0.level.label), scores: $0.level.scores) }
            return AnswerTheme(id: theme.theme.id, title: Self.collapsed(theme.theme.title), questions: questions, levels: levels,
                               scoreRange: theme.theme.scoreRange)
        }
        self.init(kind: .vragenlijst, slug: rendered.questionnaire.slug, title: Self.collapsed(title), themes: themes)
    }

    /// The form of a quiz: one theme without a title, its questions numbered as on the page.
    package init(_ rendered: RenderedQuiz, title: String) {
        let questions = rendered.questions.enumerated().map { index, question -> AnswerQuestion in
            let html = question.questionInlineHTML ?? question.questionBlockHTML ?? ""
            let options = question.answers.map { AnswerOption(html: $0.html, text: Self.plain($0.html), correct: $0.correct) }
            return AnswerQuestion(id: question.id, number: index + 1, kind: AnswerQuestion.Kind(rawValue: question.type.rawValue)!,
                                  html: html, htmlIsBlock: question.questionInlineHTML == nil, text: Self.plain(html), options: options)
        }
        self.init(kind: .toets, slug: rendered.quiz.slug, title: Self.collapsed(title),
                  themes: [AnswerTheme(id: "", title: "", questions: questions)])
    }

    /// The text of HTML as a browser's `textContent` gives it, white space collapsed as the page's script does.
    package static func plain(_ html: String) -> String { collapsed(HTMLEscaping.text(of: html)) }

    /// White space runs as one space, none at the ends.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" }).joined(separator: " ")
    }
}
