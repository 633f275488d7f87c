import Content
import Markdown
import Quiz
import SiteModel

/// A page after the transform passes: its HTML body and what it refers to.
///
/// A class, so the render step's lookups and closures share one instance instead of copying (and
/// retaining) every field. `PageProcessor` finishes it before it is handed to any other task, and
/// nothing changes it after that, which is why the unchecked `Sendable` is sound.
final class ProcessedPage: @unchecked Sendable {
    let page: Page
    let bodyHTML: String
    /// h2 and h3 headings, for the table of contents.
    let tableOfContents: [MarkdownHeading]
    let plainText: String
    /// Glossary terms the page links, as numbers in `GlossaryIndex.numberedSlugs`, ascending.
    var linkedTerms: [Int]
    /// Pages it links to (content paths).
    var linkedPages: Set<String>
    var diagnostics: [Diagnostic]
    /// For term pages: the short definition as inline HTML.
    var definitionHTML: String?
    /// For quiz pages: the questions with their texts rendered.
    var quiz: RenderedQuiz?
    /// For questionnaire pages: the themes with their texts rendered.
    var questionnaire: RenderedQuestionnaire?

    init(page: Page, bodyHTML: String, tableOfContents: [MarkdownHeading], plainText: String, linkedTerms: [Int],
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
struct RenderedQuiz: Sendable {
    struct Answer: Sendable {
        var html: String
        var correct: Bool
        var feedbackHTML: String
    }

    struct Question: Sendable {
        var id: String
        var type: QuizQuestionType
        /// Inline question HTML when it fits in a legend; otherwise nil and `questionBlockHTML` is set.
        var questionInlineHTML: String?
        var questionBlockHTML: String?
        var answers: [Answer]
        var explanationHTML: String
        var links: [String]
    }

    var quiz: Quiz
    var questions: [Question]
}
