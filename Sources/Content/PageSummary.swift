import SiteModel

/// What other pages need to know about a page: where it lives, its title and its anchors.
public struct PageSummary: Sendable, Hashable {
    public var kind: PageKind
    public var contentPath: String
    public var file: String
    public var route: Route
    public var sectionPath: String
    public var title: String
    public var description: String
    public var weight: Int?
    public var anchors: Set<String>
    /// The title folded for sorting, computed once.
    public var sortKey: String

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
        anchors = page.anchors
        sortKey = Slug.fold(page.title)
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
