import Content
import Foundation
import Glossary
import Output
import Quiz
import Search
import SiteModel
import Theme

/// The render step: every page through the theme, plus the files a site needs besides its pages
/// (glossary and quiz overviews when the author wrote none, search page and index, 404, sitemap,
/// GIFT exports, assets and static files).
struct OutputAssembler: Sendable {
    let config: SiteConfig
    let options: BuildOptions
    let assembly: SiteAssembly
    let templates: TemplateRenderer
    let theme: Theme

    func render(_ processed: [ProcessedPage]) -> (files: [OutputFile], copies: [(source: URL, path: String)]) {
        let renderer = wholeSiteRenderer(processed)
        let files = processed.parallelMap { renderer.render($0) } + otherFiles(processed, renderer)
        return (files.sorted { $0.path < $1.path }, copies())
    }

    /// The same, writing every file into `staging` as soon as it is rendered instead of returning it.
    /// Returns the files still to copy.
    func render(_ processed: [ProcessedPage], writingTo staging: SiteStaging) throws -> [(source: URL, path: String)] {
        let renderer = wholeSiteRenderer(processed)
        let failures: [Error?] = processed.parallelMap { page in
            do { try staging.write(renderer.render(page)) } catch { return error }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        for file in otherFiles(processed, renderer) { try staging.write(file) }
        return copies()
    }

    private func wholeSiteRenderer(_ processed: [ProcessedPage]) -> SiteRenderer {
        makeRenderer(pages: Dictionary(uniqueKeysWithValues: processed.map { ($0.page.contentPath, $0) }),
                     definitions: definitions(processed), backlinks: assembly.backlinks(processed))
    }

    /// Everything but the content pages: overviews, search, 404, search index, GIFT exports, sitemap.
    private func otherFiles(_ processed: [ProcessedPage], _ renderer: SiteRenderer) -> [OutputFile] {
        var files = extraPages(renderer)
        files += searchIndex(searchDocuments(processed))
        files += giftFiles(processed)
        if let sitemap = sitemap() { files.append(sitemap) }
        return files
    }

    // The pieces of `render`, also used one by one by `IncrementalBuilder`, which renders only what
    // a change affects.

    /// The renderer over all processed pages (by content path), term definitions and backlinks.
    func makeRenderer(pages byPath: [String: ProcessedPage], definitions: [String: String], backlinks: [String: [String]]) -> SiteRenderer {
        let popUpDefinitions = definitions.mapValues(LayoutContext.unlinked)
        let layout = LayoutContext(config: config, options: options, index: assembly.index, glossary: assembly.glossary,
                                   definitions: popUpDefinitions, templates: templates,
                                   definitionBlocks: TermDefinitionBlocks(glossary: assembly.glossary, definitions: popUpDefinitions,
                                                                          templates: templates))
        return SiteRenderer(
            config: config, index: assembly.index, glossary: assembly.glossary, templates: templates, layout: layout,
            pages: byPath, backlinks: backlinks, quizzesBySection: assembly.quizzesBySection)
    }

    /// Term slug -> the term's short definition as rendered on its page.
    func definitions(_ processed: [ProcessedPage]) -> [String: String] {
        let slugByPath = Dictionary(uniqueKeysWithValues: assembly.glossary.terms.values.map { ($0.contentPath, $0.slug) })
        var definitions: [String: String] = [:]
        for page in processed { if let html = page.definitionHTML, let slug = slugByPath[page.page.contentPath] { definitions[slug] = html } }
        return definitions
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

    func giftFiles(_ processed: [ProcessedPage]) -> [OutputFile] {
        processed.compactMap { page in
            page.quiz.map { OutputFile(path: "\(PageKind.quizFolder)/\($0.quiz.slug).gift.txt", text: GIFTExporter.export($0.quiz)) }
        }
    }

    func sitemap() -> OutputFile? {
        let routes = assembly.index.pages.map(\.route) + [Route("zoeken")]
        return SitemapWriter.sitemap(baseURL: config.baseURL, routes: routes, lastModified: options.buildDate.map(DutchDate.iso))
    }

    func copies() -> [(source: URL, path: String)] {
        var copies: [(source: URL, path: String)] = theme.assets.map { ($0.source, "assets/" + $0.path) }
        copies += assembly.index.staticFiles.sorted().map { (options.root.appendingPathComponent("content/" + $0), $0) }
        return copies
    }

    func extraPages(_ renderer: SiteRenderer) -> [OutputFile] {
        var files: [OutputFile] = []
        let glossaryRoute = Route(PageKind.glossaryFolder)
        if !assembly.glossary.terms.isEmpty && assembly.index.page(at: PageKind.glossaryFolder + "/_index.md") == nil {
            var context = renderer.glossaryIndexContext(from: glossaryRoute)
            context["title"] = "Begrippenlijst"
            context["root"] = glossaryRoute.rootPrefix
            files.append(page(renderer, route: glossaryRoute, title: "Begrippenlijst", template: "glossary", context: context))
        }
        let quizRoute = Route(PageKind.quizFolder)
        if !assembly.quizzes.isEmpty && assembly.index.page(at: PageKind.quizFolder + "/_index.md") == nil {
            var context: [String: Any] = ["title": "Toetsen", "root": quizRoute.rootPrefix]
            context["quizzes"] = assembly.quizzes.keys.sorted().compactMap { assembly.index.page(at: $0) }
                .map { renderer.link(to: $0, from: quizRoute, withDescription: true) }
            files.append(page(renderer, route: quizRoute, title: "Toetsen", template: "quizzes", context: context))
        }
        let searchRoute = Route("zoeken")
        files.append(page(renderer, route: searchRoute, title: "Zoeken", template: "search",
                          context: ["title": "Zoeken", "root": searchRoute.rootPrefix]))
        var notFound = String(decoding: renderer.renderLayout(
            route: .home, title: "Pagina niet gevonden", description: "", summary: nil, terms: [],
            content: templates.renderUTF8("404", ["root": "./", "title": "Pagina niet gevonden"]) ?? [], bodyClass: "soort-404"),
            as: UTF8.self)
        if var base = config.baseURL {
            // Hosts serve 404.html at any depth; a <base> keeps its relative links pointing at the site.
            if !base.hasSuffix("/") { base += "/" }
            notFound = notFound.replacingOccurrences(of: "<head>", with: "<head>\n<base href=\"\(HTMLEscaping.escape(base))\">")
        }
        files.append(OutputFile(path: "404.html", text: notFound))
        return files
    }

    private func page(_ renderer: SiteRenderer, route: Route, title: String, template: String, context: [String: Any]) -> OutputFile {
        let main = templates.renderUTF8(template, context) ?? []
        let html = renderer.renderLayout(route: route, title: title, description: "", summary: nil, terms: [],
                                         content: main, bodyClass: "soort-\(template)")
        return OutputFile(path: route.outputFile, data: Data(html))
    }

    func searchDocuments(_ processed: [ProcessedPage]) -> [SearchDocument] {
        let termSlugs = assembly.termSlugsByPath
        return processed.map { page in
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
            return SearchDocument(
                url: summary.route.outputFile, title: page.page.title, section: section, kind: kind,
                headings: page.page.document.headings.map { SearchHeading(text: $0.text, anchor: $0.id) },
                aliases: aliases, summary: summaryText, body: body, sources: page.page.sources.map(\.title))
        }
    }
}
