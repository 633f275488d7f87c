import SiteModel

/// The read-only map of the whole site, built once after parsing and before any transform: every
/// page's route, title and anchors, and the order of sections and pages. Passes resolve links
/// against it, so a link either resolves or fails before anything is rendered.
public struct SiteIndex: Sendable {
    /// Every page, sorted by content path.
    public let pages: [PageSummary]
    private let byContentPath: [String: Int]
    private let childrenBySection: [String: [Int]]
    /// Previous and next page within the same section (pages only), by index into `pages`.
    private let neighbourIndexes: [Int: (previous: Int?, next: Int?)]
    /// Content paths of draft pages left out of this build, for clearer link errors.
    public let omittedDrafts: Set<String>
    /// Every non-Markdown file in `content/` (content-relative), copied as it is.
    public let staticFiles: Set<String>
    /// Content paths of Markdown files that could not be loaded (their own errors say why): links
    /// to them are not reported again as going nowhere.
    public let unloadable: Set<String>
    /// Content paths of the pages by file name (`racisme.md`), for finding a page whose folder was
    /// renamed or moved.
    private let pathsByFileName: [Substring: [String]]
    /// Every folder that holds a page, directly or below.
    private let pageFolders: Set<String>
    /// 'Did you mean' over the content paths of the pages, and of the static files.
    public let pageSuggestions: SuggestionIndex
    public let fileSuggestions: SuggestionIndex
    /// 'Did you mean' over the folders of the top-level sections (a quiz's `section:`), built once:
    /// a renamed section breaks every quiz that names it.
    public let sectionSuggestions: SuggestionIndex

    /// Builds the index; `pages` may come in any order.
    public init(pages: [PageSummary], omittedDrafts: Set<String> = [], staticFiles: Set<String> = [], unloadable: Set<String> = []) {
        let sorted = pages.sorted { $0.contentPath < $1.contentPath }
        self.pages = sorted
        var byPath: [String: Int] = [:]
        for (index, page) in sorted.enumerated() { byPath[page.contentPath] = index }
        byContentPath = byPath
        var children: [String: [Int]] = [:]
        for (index, page) in sorted.enumerated() where page.kind != .home {
            children[page.sectionPath, default: []].append(index)
        }
        childrenBySection = children.mapValues { indexes in
            indexes.sorted { PageSummary.inSiteOrder(sorted[$0], sorted[$1]) }
        }
        var neighbours: [Int: (previous: Int?, next: Int?)] = [:]
        for (_, ordered) in childrenBySection {
            let pagesOnly = ordered.filter { sorted[$0].kind == .page }
            for (position, index) in pagesOnly.enumerated() {
                neighbours[index] = (position > 0 ? pagesOnly[position - 1] : nil,
                                     position + 1 < pagesOnly.count ? pagesOnly[position + 1] : nil)
            }
        }
        neighbourIndexes = neighbours
        self.omittedDrafts = omittedDrafts
        self.staticFiles = staticFiles
        self.unloadable = unloadable
        var byFileName: [Substring: [String]] = [:]
        for page in sorted { byFileName[page.contentPath.split(separator: "/").last ?? "", default: []].append(page.contentPath) }
        pathsByFileName = byFileName
        var folders: Set<String> = []
        for page in sorted {
            var folder = ContentPath.folder(of: page.contentPath)
            while !folder.isEmpty, folders.insert(folder).inserted { folder = ContentPath.folder(of: folder) }
        }
        pageFolders = folders
        pageSuggestions = SuggestionIndex(sorted.map(\.contentPath))
        fileSuggestions = SuggestionIndex(staticFiles)
        sectionSuggestions = SuggestionIndex((children[""] ?? []).filter { sorted[$0].kind == .section }
            .map { ContentPath.folder(of: sorted[$0].contentPath) })
    }

    /// The page at a content path.
    public func page(at contentPath: String) -> PageSummary? {
        byContentPath[contentPath].map { pages[$0] }
    }

    /// The page with the same file name as `path` in another folder, when `path`'s own folder has
    /// no pages (it was renamed or moved): the one page of that name, or the one in the folder
    /// closest to the old folder's name.
    public func samePageElsewhere(_ path: String) -> String? {
        let folder = ContentPath.folder(of: path)
        guard let name = path.split(separator: "/").last, let candidates = pathsByFileName[name],
              !pageFolders.contains(folder) else { return nil }
        if candidates.count == 1 { return candidates[0] }
        // A renamed folder often keeps its old name in the new one ('valkuilen' ->
        // 'valkuilen-en-vooroordelen'); otherwise the closest name.
        let oldName = folder.split(separator: "/").last.map(String.init) ?? folder
        let keeping = candidates.filter { (ContentPath.folder(of: $0).split(separator: "/").last ?? "").contains(oldName) }
        if keeping.count == 1 { return keeping[0] }
        let folders = candidates.map { ContentPath.folder(of: $0) }
        guard let closest = Suggestion.closest(to: folder, in: folders) else { return nil }
        return candidates.first { ContentPath.folder(of: $0) == closest }
    }

    /// The section page (`_index.md`) of a section folder; the home page for `""`.
    public func sectionPage(_ sectionPath: String) -> PageSummary? {
        if sectionPath.isEmpty { return page(at: "index.md") ?? page(at: "_index.md") }
        return page(at: sectionPath + "/_index.md")
    }

    /// Pages and subsections listed in a section, in site order.
    public func children(of sectionPath: String) -> [PageSummary] {
        (childrenBySection[sectionPath] ?? []).map { pages[$0] }
    }

    /// The pages before and after a page in its section (for 'Vorige' and 'Volgende'); computed once,
    /// because listing a section for every page made rendering grow with section size.
    public func neighbours(of contentPath: String) -> (previous: PageSummary?, next: PageSummary?) {
        guard let index = byContentPath[contentPath], let pair = neighbourIndexes[index] else { return (nil, nil) }
        return (pair.previous.map { pages[$0] }, pair.next.map { pages[$0] })
    }

    /// The top-level sections, in site order: the main navigation.
    public var topSections: [PageSummary] {
        children(of: "").filter { $0.kind == .section }
    }

    /// The main menu, in site order: the top-level sections (unless their front matter says
    /// `menu: false`) and the top-level pages whose front matter says `menu: true`.
    public var mainMenu: [PageSummary] {
        children(of: "").filter { $0.kind == .section ? $0.menu != false : $0.kind == .page && $0.menu == true }
    }

    /// The chain of section pages from the top down to (not including) `page`: the breadcrumbs.
    public func ancestors(of page: PageSummary) -> [PageSummary] {
        var chain: [PageSummary] = []
        var folder = page.sectionPath
        while !folder.isEmpty {
            if let section = sectionPage(folder), section.contentPath != page.contentPath { chain.insert(section, at: 0) }
            folder = ContentPath.folder(of: folder)
        }
        return chain
    }
}
