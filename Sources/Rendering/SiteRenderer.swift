import Content
import Foundation
import Glossary
import Markdown
import Pages
import Quiz
import SiteModel
import Theme

/// Turns processed pages into output files with the theme's templates: one pass that only reads
/// the site, so pages render in parallel.
package struct SiteRenderer: Sendable {
    package let config: SiteConfig
    package let index: SiteIndex
    package let glossary: GlossaryIndex
    package let templates: TemplateRenderer
    package let layout: LayoutContext
    /// Processed pages by content path.
    package let pages: [String: ProcessedPage]
    /// Term slug -> content paths of the pages that reference it.
    package let backlinks: [String: [String]]
    /// Section folder -> quiz content paths.
    package let quizzesBySection: [String: [String]]
    /// The pages term pages list, made once per build.
    let backlinkEntries = RenderCache<BacklinkEntry.Key, BacklinkEntry?>()
    /// The order of all pages in term pages' lists, made once per build when a list is too long to show whole.
    let backlinkRanks = RenderCache<Int, BacklinkRanks>()

    package init(config: SiteConfig, index: SiteIndex, glossary: GlossaryIndex, templates: TemplateRenderer, layout: LayoutContext,
                 pages: [String: ProcessedPage], backlinks: [String: [String]], quizzesBySection: [String: [String]]) {
        self.config = config
        self.index = index
        self.glossary = glossary
        self.templates = templates
        self.layout = layout
        self.pages = pages
        self.backlinks = backlinks
        self.quizzesBySection = quizzesBySection
    }

    /// Renders one page to its `index.html`.
    package func render(_ processed: ProcessedPage) -> OutputFile {
        let page = processed.page
        let summary = index.page(at: page.contentPath)!
        var context = common(processed)
        let template: String
        switch page.kind {
        case .home:
            template = "home"
            context["sections"] = index.topSections.map { link(to: $0, from: page.route, withDescription: true) }
        case .section where page.contentPath == PageKind.glossaryFolder + "/_index.md":
            template = "glossary"
            context.merge(glossaryIndexContext(from: page.route)) { $1 }
        case .section where page.contentPath == PageKind.quizFolder + "/_index.md":
            template = "quizzes"
            context["quizzes"] = quizList(from: page.route)
        case .section:
            template = "section"
            let children = index.children(of: ContentPath.folder(of: page.contentPath))
                .filter { $0.kind == .page || $0.kind == .section || $0.kind == .questionnaire }
            context["children"] = children.map { link(to: $0, from: page.route, withDescription: true) }
            context["sectionQuizzes"] = quizLinks(for: ContentPath.folder(of: page.contentPath), from: page.route)
            if summary.sectionPath.isEmpty && config.print {
                // A top-level section has its own print edition.
                let edition = PrintEdition(section: ContentPath.folder(of: page.contentPath), audience: .participants)
                context["printURL"] = page.route.relativeURL(to: edition.route)
            }
        case .page:
            template = "page"
            context["pager"] = pager(for: summary)
            context["sectionQuizzes"] = quizLinks(for: summary.topSectionFolder, from: page.route)
        case .term:
            template = "term"
            context.merge(termContext(processed)) { $1 }
        case .quiz:
            template = "quiz"
            context.merge(quizContext(processed)) { $1 }
        case .questionnaire:
            template = "questionnaire"
            context.merge(questionnaireContext(processed)) { $1 }
        }
        let main = templates.renderUTF8(template, context) ?? []
        let html = renderLayout(route: page.route, title: page.title, description: page.description, summary: summary,
                                content: main, bodyClass: "soort-\(template)")
        return OutputFile(path: page.route.outputFile, data: Data(html))
    }

    /// The whole page around `content` (UTF-8 HTML of the page's main part); `absoluteRoot` as in
    /// `LayoutContext.make`. `noindex` asks search engines to leave the page out (the print editions
    /// repeat every page).
    package func renderLayout(route: Route, title: String, description: String, summary: PageSummary?,
                              content: [UInt8], bodyClass: String, absoluteRoot: String? = nil, noindex: Bool = false) -> [UInt8] {
        var context = layout.make(route: route, title: title, description: description, summary: summary,
                                  content: content, bodyClass: bodyClass, absoluteRoot: absoluteRoot)
        if noindex { context["noindex"] = true }
        return templates.renderUTF8("layout", context) ?? content
    }

    private func common(_ processed: ProcessedPage) -> [String: Any] {
        let page = processed.page
        var context: [String: Any] = [
            "title": page.title,
            "body": FootnoteLabels.translated(processed.bodyHTML, templates.texts),
            "root": page.route.rootPrefix,
        ]
        if !page.description.isEmpty { context["description"] = page.description }
        let showTOC = page.toc ?? (processed.tableOfContents.count >= 3)
        if showTOC && !processed.tableOfContents.isEmpty && page.kind != .home {
            context["toc"] = processed.tableOfContents.map {
                ["text": $0.text, "id": $0.id, "isSub": $0.level == 3] as [String: Any]
            }
            context["hasTOC"] = true
        }
        if !page.sources.isEmpty {
            context["sources"] = page.sources.map(\.templateValue)
            context["hasSources"] = true
        }
        if let reviewed = page.reviewed {
            context["reviewed"] = DisplayDate.long(reviewed.value.date, templates.texts)
            context["reviewedISO"] = reviewed.value.description
        }
        return context
    }

    package func link(to target: PageSummary, from route: Route, withDescription: Bool = false) -> [String: Any] {
        var item: [String: Any] = ["title": target.title, "url": route.relativeURL(to: target.route)]
        if withDescription && !target.description.isEmpty { item["description"] = target.description }
        if target.kind == .section { item["isSection"] = true }
        return item
    }

    private func pager(for summary: PageSummary) -> [String: Any]? {
        let (previous, next) = index.neighbours(of: summary.contentPath)
        var pager: [String: Any] = [:]
        if let previous { pager["previous"] = link(to: previous, from: summary.route) }
        if let next { pager["next"] = link(to: next, from: summary.route) }
        return pager.isEmpty ? nil : pager
    }

    private func quizLinks(for section: String, from route: Route) -> [[String: Any]]? {
        // A quiz without a section is listed under toetsen only, not on the pages of the site's top level.
        guard !section.isEmpty, let paths = quizzesBySection[section], !paths.isEmpty else { return nil }
        return paths.compactMap { path in
            guard let quiz = pages[path]?.quiz, let summary = index.page(at: path) else { return nil }
            var item = link(to: summary, from: route)
            item["count"] = quiz.questions.count
            item["questions"] = templates.texts.count("quizzes.questions", quiz.questions.count)
            return item
        }
    }

    private func quizList(from route: Route) -> [[String: Any]] {
        let paths = quizzesBySection.keys.sorted { lhs, rhs in
            let left = index.sectionPage(lhs).map { [$0] } ?? [], right = index.sectionPage(rhs).map { [$0] } ?? []
            if let l = left.first, let r = right.first { return PageSummary.inSiteOrder(l, r) }
            return lhs < rhs
        }.flatMap { quizzesBySection[$0]! }
        return paths.compactMap { path in
            guard let quiz = pages[path]?.quiz, let summary = index.page(at: path) else { return nil }
            var item = link(to: summary, from: route, withDescription: true)
            item["count"] = quiz.questions.count
            item["questions"] = templates.texts.count("quizzes.questions", quiz.questions.count)
            if let section = index.sectionPage(quiz.quiz.sectionPath) {
                item["sectionTitle"] = section.title
                item["sectionURL"] = route.relativeURL(to: section.route)
            }
            return item
        }
    }
}
