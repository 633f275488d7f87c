import Content
import Foundation
import Glossary
import Markdown
import Questionnaire
import Quiz
import SiteModel
import Starter

/// Runs the transform passes over one page: raw-HTML removal, link resolution, glossary linking,
/// quiz texts, and Markdown rendering. Pure apart from editing the page's own document tree.
package struct PageProcessor: Sendable {
    package let index: SiteIndex
    package let glossary: GlossaryIndex
    package let config: SiteConfig
    /// Validated quizzes by content path.
    package let quizzes: [String: Quiz]
    /// Review dates and avoided source domains.
    package let review: ReviewPass
    /// Validated questionnaires by content path.
    package let questionnaires: [String: Questionnaire]

    package init(index: SiteIndex, glossary: GlossaryIndex, config: SiteConfig, quizzes: [String: Quiz], review: ReviewPass,
                 questionnaires: [String: Questionnaire]) {
        (self.index, self.glossary, self.config, self.quizzes, self.review, self.questionnaires)
            = (index, glossary, config, quizzes, review, questionnaires)
    }

    package func process(_ page: Page) -> ProcessedPage {
        var diagnostics = review.diagnostics(for: page) + TemplateTextCheck().diagnostics(for: page)
        var terms: [Int] = []
        // The index step freed the page's tree; the passes get a fresh parse to edit.
        let document = page.parsedBody(reservedIDs: PageParsing.reservedIDs)
        diagnostics += removeRawHTML(document)
        let links = LinkResolver(index: index, allowUnsafeURLs: config.unsafe).resolveLinks(in: document, on: page)
        diagnostics += links.diagnostics
        let glossaryOutcome = GlossaryPass(glossary: glossary).apply(to: document, on: page, autolink: page.autolink ?? config.autolink)
        diagnostics += glossaryOutcome.diagnostics
        terms = glossaryOutcome.termNumbers
        let plainText = document.plainText
        let body = document.renderHTML()
        document.releaseTree()
        let processed = ProcessedPage(
            page: page, bodyHTML: body,
            tableOfContents: document.headings.filter { $0.level == 2 || $0.level == 3 },
            plainText: plainText, linkedTerms: terms, linkedPages: links.linkedPages,
            diagnostics: diagnostics, definitionHTML: nil, quiz: nil)
        // The Markdown texts in the front matter share one work budget (see MarkdownWorkBudget).
        let budget = MarkdownWorkBudget()
        if page.kind == .term, let slug = page.contentPath.split(separator: "/").last.map({ String($0.dropLast(3)) }),
           let term = glossary.terms[slug] {
            let snippet = renderSnippet(term.definition, at: term.definitionLocation, on: page, inline: true, autolink: false, budget: budget)
            processed.definitionHTML = snippet.html
            processed.diagnostics += snippet.diagnostics
        }
        if page.kind == .quiz, let quiz = quizzes[page.contentPath] {
            processed.quiz = renderQuiz(quiz, on: page, into: processed, budget: budget)
        }
        if page.kind == .questionnaire, let questionnaire = questionnaires[page.contentPath] {
            processed.questionnaire = renderQuestionnaire(questionnaire, on: page, into: processed, budget: budget)
        }
        return processed
    }

    private func removeRawHTML(_ document: MarkdownDocument) -> [Diagnostic] {
        guard !config.unsafe else { return [] }
        return document.removeRawHTML().map {
            .warning($0, .rawHTML(), hint: .rawHTMLHint())
        }
    }

    private func renderQuiz(_ quiz: Quiz, on page: Page, into processed: ProcessedPage, budget: MarkdownWorkBudget) -> RenderedQuiz {
        var questions: [RenderedQuiz.Question] = []
        for question in quiz.questions {
            // Questions and answers are not auto-linked: a definition one tap away can give the answer
            // away. The explanation, read after answering, is; explicit [[...]] references link everywhere.
            let text = renderSnippet(question.question, at: question.questionLocation, on: page, inline: true, autolink: false, budget: budget)
            let block = text.isInline ? nil : renderSnippet(question.question, at: question.questionLocation, on: page, inline: false, autolink: false, budget: budget)
            var answers: [RenderedQuiz.Answer] = []
            var collected = text.diagnostics + (block?.diagnostics ?? [])
            var termSet = Set(text.terms).union(block?.terms ?? [])
            for answer in question.answers {
                let label = renderSnippet(answer.text, at: answer.location, on: page, inline: true, autolink: false, budget: budget)
                if !label.isInline {
                    collected.append(.error(answer.location, .answerNotOneParagraph(), hint: .answerNotOneParagraphHint()))
                }
                let feedback = renderSnippet(answer.feedback, at: answer.location, on: page, inline: false, autolink: false, budget: budget)
                collected += label.diagnostics + feedback.diagnostics
                termSet.formUnion(feedback.terms)
                answers.append(.init(html: label.html, correct: answer.correct, feedbackHTML: feedback.html))
            }
            let explanation = renderSnippet(question.explanation, at: question.explanationLocation, on: page, inline: false, autolink: true, budget: budget)
            collected += explanation.diagnostics
            termSet.formUnion(explanation.terms)
            processed.diagnostics += collected
            processed.linkedTerms = Array(termSet.union(processed.linkedTerms)).sorted()
            questions.append(.init(
                id: question.id, type: question.type,
                questionInlineHTML: text.isInline ? text.html : nil,
                questionBlockHTML: block?.html,
                answers: answers, explanationHTML: explanation.html,
                links: question.links.map(\.value)))
            processed.linkedPages.formUnion(question.links.map(\.value))
        }
        return RenderedQuiz(quiz: quiz, questions: questions)
    }

    struct Snippet {
        var html: String
        var isInline: Bool
        var diagnostics: [Diagnostic]
        var terms: [Int]
    }

    /// Renders a Markdown text from front matter (a definition, a quiz text) with the same passes
    /// as a page body; positions point at the front-matter value.
    func renderSnippet(_ markdown: String, at location: SourceLocation, on page: Page, inline: Bool, autolink: Bool,
                       budget: MarkdownWorkBudget) -> Snippet {
        let document = MarkdownDocument(parsing: markdown, file: page.file, lineOffset: max(location.line - 1, 0),
                                        firstLineColumnOffset: max(location.column - 1, 0), budget: budget)
        var diagnostics = [document.limitViolation].compactMap { $0 } + removeRawHTML(document)
        diagnostics += LinkResolver(index: index, allowUnsafeURLs: config.unsafe).resolveLinks(in: document, on: page).diagnostics
        let outcome = GlossaryPass(glossary: glossary).apply(to: document, on: page, autolink: autolink && (page.autolink ?? config.autolink))
        diagnostics += outcome.diagnostics
        let isInline = document.isSingleParagraph
        let html = inline ? document.renderInlineHTML() : document.renderHTML()
        return Snippet(html: html, isInline: isInline, diagnostics: diagnostics, terms: outcome.termNumbers)
    }
}
