import Content
import Glossary
import Pages

/// The first pages of every term page's list, in the order term pages list pages: grouped by top
/// section (sections in site order, pages outside any section first), in site order within a
/// group. For lists too long to show whole: one walk over the pages in that order hands each page
/// to the lists of the terms it links, so no list is sorted and no path is looked up per link (on a
/// dense glossary a term is on thousands of pages, and looking each up took 3% of a build).
struct BacklinkRanks: Sendable {
    /// Content paths by term number, at most `keep` each.
    private let firsts: [[String]]

    /// The first `keep` pages of every term's list; `pages` are the processed pages by content path;
    /// `general` names the group of pages outside any section ('Algemeen'), as the term page does.
    init(index: SiteIndex, glossary: GlossaryIndex, pages: [String: ProcessedPage], keep: Int, general: String) {
        func groupKey(_ page: PageSummary) -> (section: PageSummary?, name: String) {
            let top = page.topSectionFolder
            let section = index.sectionPage(top)
            return (section, top.isEmpty ? general : (section?.title ?? top))
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
        // The same terms per page as the backlink lists are made from (`SiteBuilder.updateDerived`).
        let numberByPath = SiteAssembly.termNumbersByPath(glossary)
        var firsts = [[String]](repeating: [], count: glossary.numberedSlugs.count)
        for entry in ordered {
            let path = entry.page.contentPath
            guard let page = pages[path] else { continue }
            for number in SiteAssembly.termLinks(of: page, termNumberByPath: numberByPath).backlinked
            where firsts[number].count < keep {
                firsts[number].append(path)
            }
        }
        self.firsts = firsts
    }

    /// The first pages of the list of term number `term`, in list order.
    func first(ofTerm term: Int) -> [String] {
        term >= 0 && term < firsts.count ? firsts[term] : []
    }
}
