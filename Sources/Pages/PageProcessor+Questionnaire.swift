import Content
import Markdown
import Questionnaire
import SiteModel

extension PageProcessor {
    /// Renders the texts of a questionnaire with the passes of a page body. Question and answer
    /// texts are not auto-linked: a glossary link in a label would sit between a reader and the
    /// answer; `[[term]]` still links. Intros and level texts are. All texts share `budget`.
    package func renderQuestionnaire(_ questionnaire: Questionnaire, on page: Page, into processed: ProcessedPage,
                             budget: MarkdownWorkBudget) -> RenderedQuestionnaire {
        var diagnostics: [Diagnostic] = []
        var terms: Set<Int> = []
        func render(_ markdown: String, at location: SourceLocation, inline: Bool, autolink: Bool) -> Snippet {
            let snippet = renderSnippet(markdown, at: location, on: page, inline: inline, autolink: autolink, budget: budget)
            diagnostics += snippet.diagnostics
            terms.formUnion(snippet.terms)
            return snippet
        }
        let themes = questionnaire.themes.map { theme -> RenderedQuestionnaire.Theme in
            let intro = theme.intro.map { render($0, at: theme.introLocation ?? theme.location, inline: false, autolink: true).html }
            let questions = theme.questions.map { question -> RenderedQuestionnaire.Question in
                let text = render(question.text, at: question.textLocation, inline: true, autolink: false)
                let block = text.isInline ? nil : render(question.text, at: question.textLocation, inline: false, autolink: false).html
                let help = question.help.map { render($0, at: question.helpLocation ?? question.textLocation, inline: true, autolink: false).html }
                let options = question.options.map { option -> RenderedQuestionnaire.Option in
                    let label = render(option.label, at: option.location, inline: true, autolink: false)
                    if !label.isInline {
                        diagnostics.append(.error(option.location, .answerNotOneParagraph(), hint: .optionOneParagraphHint()))
                    }
                    return .init(html: label.html, points: option.points)
                }
                return .init(question: question, textInlineHTML: text.isInline ? text.html : nil, textBlockHTML: block,
                             helpHTML: help, options: options)
            }
            let levels = theme.levels.map { level in
                RenderedQuestionnaire.Level(level: level, textHTML: render(level.text, at: level.textLocation, inline: false, autolink: true).html)
            }
            processed.linkedPages.formUnion(theme.levels.flatMap { $0.links.map(\.value) })
            return .init(theme: theme, introHTML: intro, questions: questions, levels: levels)
        }
        processed.diagnostics += diagnostics
        processed.linkedTerms = Array(terms.union(processed.linkedTerms)).sorted()
        return RenderedQuestionnaire(questionnaire: questionnaire, themes: themes)
    }
}
