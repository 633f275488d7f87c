import SiteModel

/// What other pages need to know about a page: where it lives, its title and its anchors.
///
/// A class for the same reason as `Page`: summaries are looked up dozens of times per rendered page.
/// Equality and hashing compare the contents, as they did when this was a struct.
public final class PageSummary: Sendable, Hashable {
    public let kind: PageKind
    public let contentPath: String
    public let file: String
    public let route: Route
    public let sectionPath: String
    public let title: String
    public let description: String
    public let weight: Int?
    /// The page's `menu` setting (see `Page.menu`); the main menu is `SiteIndex.mainMenu`.
    public let menu: Bool?
    public let anchors: Set<String>
    /// 'Did you mean' over `anchors`, for broken links to this page (built on first use).
    public let anchorSuggestions: SuggestionIndex
    /// The title folded for sorting, computed once.
    public let sortKey: String

    /// Summarises a page.
    public init(_ page: Page) {
        kind = page.kind
        contentPath = page.contentPath
        file = page.file
        route = page.route
        sectionPath = page.sectionPath
        title = page.title
        description = page.description
        weight = page.weight
        menu = page.menu
        anchors = page.anchors
        anchorSuggestions = SuggestionIndex(anchors)
        sortKey = Slug.fold(page.title)
    }

    public static func == (lhs: PageSummary, rhs: PageSummary) -> Bool {
        lhs === rhs || (lhs.kind == rhs.kind && lhs.contentPath == rhs.contentPath && lhs.file == rhs.file
            && lhs.route == rhs.route && lhs.sectionPath == rhs.sectionPath && lhs.title == rhs.title
            && lhs.description == rhs.description && lhs.weight == rhs.weight && lhs.menu == rhs.menu && lhs.anchors == rhs.anchors
            && lhs.sortKey == rhs.sortKey)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(contentPath)
        hasher.combine(route)
        hasher.combine(title)
    }
}

extension PageSummary {
    /// The top-level section folder the page is listed under (`definities` for
    /// `definities/sub/page.md`); "" for pages at the top.
    public var topSectionFolder: String {
        guard let slash = sectionPath.utf8.firstIndex(of: UInt8(ascii: "/")) else { return sectionPath }
        return String(sectionPath[..<slash])
    }

    /// Site order: weight first (unweighted last), then title as a reader would sort it, then path.
    public static func inSiteOrder(_ lhs: PageSummary, _ rhs: PageSummary) -> Bool {
        switch (lhs.weight, rhs.weight) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            if lhs.sortKey != rhs.sortKey { return lhs.sortKey < rhs.sortKey }
            return lhs.contentPath < rhs.contentPath
        }
    }
}
