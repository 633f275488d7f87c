import Content
import Markdown
import Quiz
import SiteModel

/// A page after the transform passes: its HTML body and what it refers to.
///
/// A class, so the render step's lookups and closures share one instance instead of copying (and
/// retaining) every field. `PageProcessor` finishes it before it is handed to any other task, and
/// nothing changes it after that, which is why the unchecked `Sendable` is sound.
package final class ProcessedPage: @unchecked Sendable {
    package let page: Page
    package let bodyHTML: String
    /// h2 and h3 headings, for the table of contents.
    package let tableOfContents: [MarkdownHeading]
    package let plainText: String
    /// Glossary terms the page links, as numbers in `GlossaryIndex.numberedSlugs`, ascending.
    package var linkedTerms: [Int]
    /// Pages it links to (content paths).
    package var linkedPages: Set<String>
    package var diagnostics: [Diagnostic]
    /// For term pages: the short definition as inline HTML.
    package var definitionHTML: String?
    /// For quiz pages: the questions with their texts rendered.
    package var quiz: RenderedQuiz?
    /// For questionnaire pages: the themes with their texts rendered.
    package var questionnaire: RenderedQuestionnaire?

    package init(page: Page, bodyHTML: String, tableOfContents: [MarkdownHeading], plainText: String, linkedTerms: [Int],
                 linkedPages: Set<String>, diagnostics: [Diagnostic], definitionHTML: String?, quiz: RenderedQuiz?) {
        self.page = page
        self.bodyHTML = bodyHTML
        self.tableOfContents = tableOfContents
        self.plainText = plainText
        self.linkedTerms = linkedTerms
        self.linkedPages = linkedPages
        self.diagnostics = diagnostics
        self.definitionHTML = definitionHTML
        self.quiz = quiz
    }
}

/// A quiz whose Markdown texts are rendered to HTML.
package struct RenderedQuiz: Sendable {
    package struct Answer: Sendable {
        package var html: String
        package var correct: Bool
        package var feedbackHTML: String

        package init(html: String, correct: Bool, feedbackHTML: String) {
            self.html = html
            self.correct = correct
            self.feedbackHTML = feedbackHTML
        }
    }

    package struct Question: Sendable {
        package var id: String
        package var type: QuizQuestionType
        /// Inline question HTML when it fits in a legend; otherwise nil and `questionBlockHTML` is set.
        package var questionInlineHTML: String?
        package var questionBlockHTML: String?
        package var answers: [Answer]
        package var explanationHTML: String
        package var links: [String]

        package init(id: String, type: QuizQuestionType, questionInlineHTML: String?, questionBlockHTML: String?, answers: [Answer], explanationHTML: String,
                     links: [String]) {
            self.id = id
            self.type = type
            self.questionInlineHTML = questionInlineHTML
            self.questionBlockHTML = questionBlockHTML
            self.answers = answers
            self.explanationHTML = explanationHTML
            self.links = links
        }
    }

    package var quiz: Quiz
    package var questions: [Question]

    package init(quiz: Quiz, questions: [Question]) {
        self.quiz = quiz
        self.questions = questions
    }
}
