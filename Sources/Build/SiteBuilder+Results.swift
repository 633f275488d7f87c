import AnswerReading
import Content
import Foundation
import History
import Output
import Rendering
import Results
import SiteModel
import Theme

extension SiteBuilder {
    /// After a build: the form of the vragenlijst or quiz at `contentPath` (below `content/`) as
    /// its page shows it. Nil when the file is no vragenlijst or quiz of the site, or did not load.
    public func answerForm(contentPath: String) -> AnswerForm? {
        guard let processed = state.withLock({ $0.transformed.processed[contentPath] }) else { return nil }
        if let questionnaire = processed.questionnaire { return AnswerForm(questionnaire, title: processed.page.title) }
        if let quiz = processed.quiz { return AnswerForm(quiz, title: processed.page.title) }
        return nil
    }

    /// The address of the page at `contentPath` on the published site, when the site has a base URL.
    public func publishedURL(contentPath: String) -> String? {
        state.withLock { state in
            guard let base = state.transformed.config?.baseURL, let page = state.assembly?.index.page(at: contentPath) else { return nil }
            return base + page.route.folderPath
        }
    }

    /// The files of a report folder: `index.html`, the report through the theme's `results`
    /// template inside its layout (without scripts, search or links into the site, which is not
    /// there), and the stylesheets it loads. Nil before a build loaded the theme.
    public func reportFiles(_ report: ResultsReport) -> [OutputFile]? {
        let (configured, assembly) = state.withLock { ($0.configured, $0.assembly) }
        guard let configured, let assembly else { return nil }
        var (config, templates) = (configured.config, configured.templates)
        let (theme, assets) = (configured.theme, configured.themeAssets)
        // The report's sentences (Sources/Results) are Dutch and not in the interface texts yet, so the
        // whole report is Dutch, lang="nl" included: a trainer should not read a page in two languages.
        if templates.texts.language != InterfaceTextsLoader.reference {
            config.language = InterfaceTextsLoader.reference
            guard let dutch = try? TemplateRenderer(theme: theme, texts: InterfaceTextsLoader.load(theme, config: config)) else { return nil }
            templates = dutch
        }
        let main = templates.renderUTF8("results", ReportView.context(report)) ?? []
        let layout = LayoutContext(config: config, options: options, index: assembly.index, glossary: assembly.glossary,
                                   templates: templates, assets: assets, dates: SourceDates(byPath: [:], origin: .noDates()),
                                   hasGlossary: assembly.hasGlossaryPage, hasQuizzes: assembly.hasQuizzesPage)
        let title = templates.texts.text(report.form.kind == .vragenlijst ? "results.titleQuestionnaire" : "results.titleQuiz", ["title": report.form.title])
        var context = layout.make(route: .home, title: title, description: "", summary: nil, content: main, bodyClass: "soort-resultaten")
        // A private document in a folder of its own: no links into a site that is not beside it,
        // no scripts, not for search engines.
        for key in ["canonicalURL", "printURL", "injectedScript", "metaDescription"] { context[key] = nil }
        context["standalone"] = true
        context["noindex"] = true
        context["header"] = templates.render("partials/results-header", ["siteTitle": config.title]) ?? ""
        var files = [OutputFile(path: "index.html", data: Data(templates.renderUTF8("layout", context) ?? main))]
        for asset in theme.assets where asset.path.hasSuffix(".css") {
            guard let data = try? asset.source.read() else { continue }
            files.append(OutputFile(path: assets.published("assets/" + asset.path), data: data))
        }
        return files
    }
}
