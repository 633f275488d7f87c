import Configuration
import Content
import Foundation
import Glossary
import History
import Output
import Pages
import SiteModel
import Theme

/// Builds the values every page's layout needs: site title, navigation, breadcrumbs and the URLs
/// of the theme files pages load (`AssetManifest`).
package struct LayoutContext: Sendable {
    package let config: SiteConfig
    package let options: BuildOptions
    package let index: SiteIndex
    package let glossary: GlossaryIndex
    /// Renders the header partial.
    package let templates: TemplateRenderer
    /// The published names of the files pages load (theme assets, the search index's entry, the
    /// glossary's definitions script).
    package let assets: AssetManifest
    /// When each source file last changed.
    package let dates: SourceDates
    /// Whether the site has a glossary and a quiz overview: the theme links only pages that exist.
    package let hasGlossary: Bool
    package let hasQuizzes: Bool
    /// The header for one section at one depth is the same on many pages: rendered once per build.
    let headers = RenderCache<String, String>()
    /// Asset URLs for pages at one root prefix.
    let assetURLs = RenderCache<String, [String: Any]>()

    package init(config: SiteConfig, options: BuildOptions, index: SiteIndex, glossary: GlossaryIndex, templates: TemplateRenderer, assets: AssetManifest,
                 dates: SourceDates, hasGlossary: Bool, hasQuizzes: Bool) {
        self.config = config
        self.options = options
        self.index = index
        self.glossary = glossary
        self.templates = templates
        self.assets = assets
        self.dates = dates
        self.hasGlossary = hasGlossary
        self.hasQuizzes = hasQuizzes
    }

    /// The layout's values for the page at `route`. `absoluteRoot` is for a page served at any
    /// address (the 404 page): its URLs start there instead of being relative, and it has no
    /// canonical link.
    package func make(route: Route, title: String, description: String, summary: PageSummary?,
                      content: [UInt8], bodyClass: String, absoluteRoot: String? = nil) -> [String: Any] {
        let root = absoluteRoot ?? route.rootPrefix
        func url(toFile file: String) -> String { absoluteRoot.map { $0 + file } ?? route.relativeURL(toFile: file) }
        var context: [String: Any] = [
            "lang": config.language,
            "contentSecurityPolicy": ContentSecurityPolicy.value,
            "siteTitle": config.title,
            "pageTitle": title,
            // The home page carries the site's name alone; the 404 page, rendered at the home route, does not.
            "documentTitle": summary?.kind == .home ? config.title : "\(title) | \(config.title)",
            "metaDescription": description.isEmpty ? config.description : description,
            "root": root,
            "homeURL": url(toFile: Route.home.outputFile),
            "searchURL": url(toFile: "zoeken/index.html"),
            "content": content,
            "bodyClass": bodyClass,
            // questionnaire.js (28 KB) only acts on a vragenlijst's form; other pages need not load it.
            "isQuestionnaire": bodyClass == "soort-questionnaire",
            // Quiz pages load their own script texts (InterfaceTextsScript).
            "isQuiz": bodyClass == "soort-quiz",
            "asset": assetURLs.value(for: root) { assets.templateValue(prefix: root) },
            "assetScripts": assets.scriptsJSON,
        ]
        if hasGlossary { context["glossaryURL"] = url(toFile: PageKind.glossaryFolder + "/index.html") }
        if hasQuizzes { context["quizzesURL"] = url(toFile: PageKind.quizFolder + "/index.html") }
        if let organisation = config.organisation { context["organisation"] = organisation }
        if let footer = config.footer ?? (config.description.isEmpty ? nil : config.description) { context["footerText"] = footer }
        if absoluteRoot == nil, let base = config.baseURL {
            context["canonicalURL"] = base + route.folderPath
        }
        // Relative URLs depend on the page's depth and on its first folder (a link into the folder the
        // page is in is shorter), so both are part of every cache key.
        let firstFolder = route.path.utf8.firstIndex(of: UInt8(ascii: "/")).map { route.path[..<$0] } ?? route.path[...]
        let place = "\(root)|\(firstFolder)"
        let current = summary.map { topFolder(of: $0) }
        let isSectionPage = summary.map { $0.kind == .section && $0.sectionPath.isEmpty } ?? false
        // A page at the top of content/ can be a menu entry of its own (`menu: true`).
        let topPage = summary.flatMap { $0.kind == .page && $0.sectionPath.isEmpty ? $0.contentPath : nil } ?? "-"
        // The search page has its own search box; a second one in the header would only confuse.
        let isSearchPage = bodyClass == "soort-search"
        context["header"] = headers.value(for: "\(place)|\(current ?? "-")|\(isSectionPage)|\(topPage)|\(isSearchPage)") {
            var header: [String: Any] = [
                "siteTitle": config.title, "homeURL": url(toFile: Route.home.outputFile), "root": root,
                "nav": navigation(current: summary, url: url(toFile:)), "isSearchPage": isSearchPage,
            ]
            if let logo = config.logo { header["logo"] = ["url": url(toFile: Self.pathInURL(logo.file)), "alt": logo.alt] }
            return templates.render("partials/header", header) ?? ""
        }
        if let summary, summary.kind != .home {
            let crumbs = [["title": templates.texts.text("layout.home"), "url": route.relativeURL(to: .home)]]
                + index.ancestors(of: summary).map { ["title": $0.title, "url": route.relativeURL(to: $0.route)] }
            context["breadcrumbs"] = crumbs
            context["hasBreadcrumbs"] = true
        }
        if let summary {
            if let date = dates.date(ofContent: summary.contentPath, fallback: options.buildDate) {
                context["lastUpdated"] = DisplayDate.long(date, templates.texts)
                context["lastUpdatedISO"] = DisplayDate.iso(date)
            }
            if let editURL = config.editURL { context["editURL"] = editURL + Self.pathInURL("content/" + summary.contentPath) }
        }
        if config.print { context["printURL"] = url(toFile: PrintEdition(section: nil, audience: .participants).route.outputFile) }
        if let script = options.injectedScript { context["injectedScript"] = script }
        return context
    }

    private func navigation(current: PageSummary?, url: (String) -> String) -> [[String: Any]] {
        let currentTop = current.map { topFolder(of: $0) }
        return index.mainMenu.map { entry in
            var item: [String: Any] = ["title": entry.title, "url": url(entry.route.outputFile)]
            // A section is current for every page in it; a top-level page only for itself.
            if entry.kind == .section ? currentTop == ContentPath.folder(of: entry.contentPath) : current?.contentPath == entry.contentPath {
                item["current"] = true
                if current?.contentPath == entry.contentPath { item["isPage"] = true }
            }
            return item
        }
    }

    private func topFolder(of page: PageSummary) -> String {
        let folder = page.kind == .section ? ContentPath.folder(of: page.contentPath) : page.sectionPath
        return folder.split(separator: "/").first.map(String.init) ?? ""
    }

    /// A root-relative file path as it goes into a URL: each segment percent-encoded, slashes kept.
    static func pathInURL(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }.joined(separator: "/")
    }

    /// Definitions are shown on other pages than the term's own, where their relative links would
    /// point elsewhere; the pop-up links to the term page instead, so inner links are unwrapped.
    package static func unlinked(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<a ") ?? rest.range(of: "<a>") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { rest = rest[open.upperBound...]; break }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result.replacingOccurrences(of: "</a>", with: "")
    }
}
