import Content
import Markdown
import Quiz
import SiteModel

/// A page after the transform passes: its HTML body and what it refers to.
struct ProcessedPage: Sendable {
    var page: Page
    var bodyHTML: String
    /// h2 and h3 headings, for the table of contents.
    var tableOfContents: [MarkdownHeading]
    var plainText: String
    /// Glossary terms the page references (slugs).
    var referencedTerms: Set<String>
    /// Pages it links to (content paths).
    var linkedPages: Set<String>
    var diagnostics: [Diagnostic]
    /// For term pages: the short definition as inline HTML.
    var definitionHTML: String?
    /// For quiz pages: the questions with their texts rendered.
    var quiz: RenderedQuiz?
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
