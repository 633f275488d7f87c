import Configuration
import Content
import Foundation
import Glossary
import History
import Output
import Pages
import Print
import Quiz
import Rendering
import Search
import SiteModel
import StaticFiles
import Theme

/// What the render step makes: every page through the theme, plus the files a site needs besides
/// its pages (glossary and quiz overviews when the author wrote none, search page and index, 404,
/// sitemap, robots.txt, print editions, GIFT and QTI exports, assets and static files).
struct OutputAssembler: Sendable {
    let config: SiteConfig
    let options: BuildOptions
    let assembly: SiteAssembly
    let templates: TemplateRenderer
    let theme: Theme
    /// The theme's assets by published name; generated scripts are added before pages render.
    var assets = AssetManifest(hashesNames: false)
    /// When each source file last changed.
    var dates = SourceDates(byPath: [:], origin: .noDates())
    /// The PDF handouts to publish beside the print editions.
    var handouts = HandoutFiles()

    // What a site is made of. A new kind of output file goes into one of these: `pageFiles` when
    // it belongs to one page (rendered again with that page), `siteFiles` when it is made from the
    // whole site (rendered on every build; unchanged bytes are not written again).

    /// The files of one page: its HTML and, for a quiz, its GIFT and QTI exports.
    func pageFiles(_ page: ProcessedPage, _ renderer: SiteRenderer) -> [OutputFile] {
        [renderer.render(page)] + quizExports(page)
    }

    /// The files made from the whole site besides the search index and the print editions: the
    /// overviews the author did not write, the search page, 404, the sitemap and robots.txt.
    func siteFiles(_ renderer: SiteRenderer) -> [OutputFile] {
        extraPages(renderer) + crawlerFiles() + textsScripts
    }

    /// The scripts' interface texts (`InterfaceTextsScript`), under the names pages load them by.
    var textsScripts: [OutputFile] {
        InterfaceTextsScript.files.map { file in
            OutputFile(path: assets.published(file.path), data: Data(InterfaceTextsScript.bytes(templates.texts, file)))
        }
    }

    /// The glossary's definitions script, from the short definitions as term pages render them.
    func definitionsScript(_ definitions: [String: String]) -> OutputFile? {
        TermDefinitionsScript.make(glossary: assembly.glossary, definitions: definitions.mapValues(LayoutContext.unlinked))
    }

    /// The renderer over all processed pages (by content path) and backlinks; `assets` names every
    /// file pages load, the generated scripts included.
    func makeRenderer(pages byPath: [String: ProcessedPage], backlinks: [String: [String]], assets: AssetManifest) -> SiteRenderer {
        let layout = LayoutContext(config: config, options: options, index: assembly.index, glossary: assembly.glossary,
                                   templates: templates, assets: assets, dates: dates,
                                   hasGlossary: assembly.hasGlossaryPage, hasQuizzes: assembly.hasQuizzesPage)
        return SiteRenderer(
            config: config, index: assembly.index, glossary: assembly.glossary, templates: templates, layout: layout,
            pages: byPath, backlinks: backlinks, quizzesBySection: assembly.quizzesBySection)
    }

    /// The print editions (`print/...`), which show every page.
    func printFiles(_ renderer: SiteRenderer) -> [OutputFile] {
        config.print ? PrintRenderer(site: renderer, handouts: handouts).renderAll() : []
    }

    /// The files of the search index: `search-index.js` and its parts.
    func searchIndex(_ documents: [SearchDocument]) -> [OutputFile] {
        SearchIndexBuilder().files(for: documents, synonyms: searchSynonyms)
    }

    /// The site's `synoniemen` and every glossary term with its aliases: a query may use one for another.
    var searchSynonyms: [[String]] {
        config.synonyms + assembly.glossary.terms.keys.sorted().map { slug in
            assembly.glossary.terms[slug]!.names.map(\.value)
        }
    }

    /// The site path of the search index's entry, before the manifest names it.
    static let searchIndexPath = SearchIndexBuilder.entryPath

    /// Every quiz for learning platforms: `toetsen/<name>.gift.txt` (Moodle) and
    /// `toetsen/<name>.qti.zip` (a QTI 3.0 content package).
    func quizExports(_ page: ProcessedPage) -> [OutputFile] {
        guard let quiz = page.quiz?.quiz else { return [] }
        let base = "\(PageKind.quizFolder)/\(quiz.slug)"
        var files = [OutputFile(path: base + ".gift.txt", text: GIFTExporter.export(quiz))]
        let package = QTIExporter.export(quiz, language: config.language).map { (path: $0.path, data: Data($0.text.utf8)) }
        if let zip = ZipArchive.data(package) { files.append(OutputFile(path: base + ".qti.zip", data: zip)) }
        return files
    }

    /// `sitemap.xml` (every page with the date its source last changed) and `robots.txt`, which
    /// points crawlers at it; both only with a base URL, as both need absolute addresses.
    func crawlerFiles() -> [OutputFile] {
        guard let base = baseURL else { return [] }
        var entries = assembly.index.pages.map { page in
            (route: page.route, lastModified: dates.date(ofContent: page.contentPath, fallback: options.buildDate).map(DisplayDate.iso))
        }
        entries.append((Route("zoeken"), options.buildDate.map(DisplayDate.iso)))
        return [SitemapWriter.sitemap(base: base, entries: entries), SitemapWriter.robots(base: base)]
    }

    /// The base URL in force, parsed.
    var baseURL: BaseURL? { config.baseURL.flatMap { try? BaseURL.parse($0).get() } }

    /// The theme's assets and the static files of `content/`, with where each is published.
    func copies() -> [(source: SourceFile, path: String)] {
        var copies: [(source: SourceFile, path: String)] = theme.assets.map { ($0.source, assets.published("assets/" + $0.path)) }
        copies += assembly.index.staticFiles.sorted().map { (SourceFile(folder: options.root, path: "content/" + $0), $0) }
        if config.print { copies += handouts.copies(for: PrintEdition.all(in: assembly.index)) }
        // Some browsers and tools ask for /favicon.ico whatever the page says: the theme's icon
        // answers there too, unless the content has one of its own.
        if let icon = theme.assets.first(where: { $0.path == "icons/favicon.ico" }), !assembly.index.staticFiles.contains("favicon.ico") {
            copies.append((icon.source, "favicon.ico"))
        }
        return copies
    }

    /// What a copy must pass as it is written: an SVG of `content/` is checked again, on the bytes
    /// that are published (`SVGCheck`), unless the site sets `unsafe: true`.
    static func copyCheck(for source: SourceFile, root: URL, unsafe: Bool) -> ((Data) throws -> Void)? {
        guard !unsafe, source.folder == root, StaticFilePolicy.verdict(for: source.path) == .checkedSVG else { return nil }
        return { data in
            if let problem = SVGCheck.problems(in: data, file: source.path).first { throw problem }
        }
    }

    func extraPages(_ renderer: SiteRenderer) -> [OutputFile] {
        let texts = templates.texts
        var files: [OutputFile] = []
        let glossaryRoute = Route(PageKind.glossaryFolder)
        if assembly.hasGlossaryPage && assembly.index.page(at: PageKind.glossaryFolder + "/_index.md") == nil {
            var context = renderer.glossaryIndexContext(from: glossaryRoute)
            context["title"] = texts.text("glossary.title")
            context["root"] = glossaryRoute.rootPrefix
            files.append(page(renderer, route: glossaryRoute, title: texts.text("glossary.title"), template: "glossary", context: context))
        }
        let quizRoute = Route(PageKind.quizFolder)
        if assembly.hasQuizzesPage && assembly.index.page(at: PageKind.quizFolder + "/_index.md") == nil {
            var context: [String: Any] = ["title": texts.text("quizzes.title"), "root": quizRoute.rootPrefix]
            context["quizzes"] = assembly.quizzes.keys.sorted().compactMap { assembly.index.page(at: $0) }
                .map { renderer.link(to: $0, from: quizRoute, withDescription: true) }
            files.append(page(renderer, route: quizRoute, title: texts.text("quizzes.title"), template: "quizzes", context: context))
        }
        let searchRoute = Route("zoeken")
        files.append(page(renderer, route: searchRoute, title: texts.text("search.title"), template: "search",
                          context: ["title": texts.text("search.title"), "root": searchRoute.rootPrefix, "hasGlossary": assembly.hasGlossaryPage]))
        // Hosts serve 404.html at every unknown address, at any depth: with a base URL its links start
        // at the base URL's path, which works everywhere on that host; without one they stay
        // relative and work at the top of the site.
        let notFoundRoot = baseURL?.path
        let notFound = renderer.renderLayout(
            route: .home, title: texts.text("notFound.title"), description: "", summary: nil,
            content: templates.renderUTF8("404", ["root": notFoundRoot ?? "./", "title": texts.text("notFound.title"),
                                                  "hasGlossary": assembly.hasGlossaryPage]) ?? [],
            bodyClass: "soort-404", absoluteRoot: notFoundRoot)
        files.append(OutputFile(path: "404.html", data: Data(notFound)))
        return files
    }

    private func page(_ renderer: SiteRenderer, route: Route, title: String, template: String, context: [String: Any]) -> OutputFile {
        let main = templates.renderUTF8(template, context) ?? []
        let html = renderer.renderLayout(route: route, title: title, description: "", summary: nil,
                                         content: main, bodyClass: "soort-\(template)")
        return OutputFile(path: route.outputFile, data: Data(html))
    }

    /// What the search index knows of a page.
    func searchDocument(_ page: ProcessedPage, termSlugs: [String: String]) -> SearchDocument {
        let summary = assembly.index.page(at: page.page.contentPath)!
        let top = summary.topSectionFolder
        let section = top.isEmpty ? "" : (assembly.index.sectionPage(top)?.title ?? "")
        let kind: SearchDocument.Kind = page.page.kind == .term ? .term : (page.page.kind == .quiz ? .quiz : .page)
        var aliases: [String] = []
        var summaryText = page.page.description
        if page.page.kind == .term, let slug = termSlugs[page.page.contentPath], let term = assembly.glossary.terms[slug] {
            aliases = term.aliases.map(\.value)
            if summaryText.isEmpty { summaryText = HTMLEscaping.text(of: page.definitionHTML ?? term.definition) }
        }
        var body = page.plainText
        if let quiz = page.quiz?.quiz {
            body += "\n" + quiz.questions.map { GIFTExporter.plainText($0.question) + " " + GIFTExporter.plainText($0.explanation) }.joined(separator: "\n")
        }
        if let questionnaire = page.questionnaire { body += "\n" + questionnaire.searchText }
        return SearchDocument(
            url: summary.route.outputFile, title: page.page.title, section: section, kind: kind,
            headings: page.page.document.headings.map { SearchHeading(text: $0.text, anchor: $0.id) },
            aliases: aliases, summary: summaryText, body: body, sources: page.page.sources.map(\.title))
    }
}
