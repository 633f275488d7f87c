import Content

/// What a term page shows for one page that mentions the term: its summary, the section it is
/// listed under, and the link to it. A page that mentions five terms is listed on five term pages,
/// which are all in one folder and so all link to it the same way; `SiteRenderer` makes each entry
/// once per build (`RenderCache`; for 10,000 pages, 46,000 entries made for 10,000 pages).
struct BacklinkEntry {
    let summary: PageSummary
    /// The heading the page is listed under: its top section's title, or 'Algemeen'.
    let group: String
    let section: PageSummary?
    let link: [String: Any]

    /// The entry for the page at a content path, linked from pages in one folder.
    struct Key: Hashable, Sendable {
        var path: String
        var fromFolder: String
    }
}

/// Every page's place in the order term pages list pages in: grouped by top section (sections in
/// site order, pages outside any section first), in site order within a group. For picking the
/// first pages of a list too long to show, without sorting each list in full.
struct BacklinkRanks: Sendable {
    private let ranks: [String: Int]
    /// Content paths by rank.
    private let ordered: [String]

    init(index: SiteIndex) {
        func groupKey(_ page: PageSummary) -> (section: PageSummary?, name: String) {
            let top = page.topSectionFolder
            let section = index.sectionPage(top)
            return (section, top.isEmpty ? "Algemeen" : (section?.title ?? top))
        }
        let keyed = index.pages.map { (page: $0, group: groupKey($0)) }
        let ordered = keyed.sorted { lhs, rhs in
            let (l, r) = (lhs.group, rhs.group)
            if l.name != r.name {
                switch (l.section, r.section) {
                case let (a?, b?): return PageSummary.inSiteOrder(a, b)
                case (nil, .some): return true
                case (.some, nil): return false
                default: return l.name < r.name
                }
            }
            return PageSummary.inSiteOrder(lhs.page, rhs.page)
        }
        self.ordered = ordered.map(\.page.contentPath)
        ranks = Dictionary(uniqueKeysWithValues: self.ordered.enumerated().map { ($0.element, $0.offset) })
    }

    /// The first `count` of `paths` in this order (pages not in the index last): one look-up per
    /// path, then a sort of numbers.
    func first(_ count: Int, of paths: [String]) -> [String] {
        var numbers: [Int] = []
        var unknown: [String] = []
        numbers.reserveCapacity(paths.count)
        for path in paths {
            if let rank = ranks[path] { numbers.append(rank) } else { unknown.append(path) }
        }
        numbers.sort()
        return Array((numbers.prefix(count).map { ordered[$0] } + unknown.sorted()).prefix(count))
    }
}
