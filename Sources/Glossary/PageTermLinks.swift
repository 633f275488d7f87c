import Content
import SiteModel

/// Links from one page to glossary terms: the relative URLs and the opening `<a>` tags the
/// glossary pass inserts.
public struct PageTermLinks {
    let glossary: GlossaryIndex
    let route: Route
    /// '../' once per folder of the page, which with the term page's path from the root is the
    /// whole relative URL, unless the page is in the same top folder as the term.
    private let up: String
    private let depth: Int
    private let topFolder: Substring
    /// The page is in the glossary's folder, where every term page is: links to them are shorter.
    private let inTermsFolder: Bool

    /// Links from the page at `route`.
    public init(glossary: GlossaryIndex, route: Route) {
        self.glossary = glossary
        self.route = route
        depth = route.depth
        up = depth < Self.ups.count ? Self.ups[depth] : String(repeating: "../", count: depth)
        topFolder = route.path.utf8.firstIndex(of: UInt8(ascii: "/")).map { route.path[..<$0] } ?? route.path[...]
        inTermsFolder = topFolder == PageKind.glossaryFolder
    }

    /// '../' repeated 0 to 7 times: made once, since every page with a term link needs one.
    private static let ups = (0..<8).map { String(repeating: "../", count: $0) }

    /// The relative URL of term number `term` (see `GlossaryIndex.numberedSlugs`), HTML-escaped.
    public func href(_ term: Int) -> String {
        if isInTermsFolder(term) {
            // Within one folder the URL is shorter than via the root: let Route work it out.
            let slug = glossary.numberedSlugs[term]
            return HTMLEscaping.escape(route.relativeURL(to: glossary.terms[slug]!.route))
        }
        return up + glossary.linkTargets[term]
    }

    private func isInTermsFolder(_ term: Int) -> Bool {
        guard inTermsFolder else { return false }
        let target = glossary.linkTargets[term]
        return target.utf8.count > topFolder.utf8.count && target.hasPrefix(topFolder)
            && target.utf8[target.utf8.index(target.startIndex, offsetBy: topFolder.utf8.count)] == UInt8(ascii: "/")
    }

    /// `<a class="term-link" href=".../begrippen/<slug>/index.html">` for term number `term`.
    public func openingTag(_ term: Int) -> String {
        if depth < glossary.openingTags.count, !isInTermsFolder(term) { return glossary.openingTags[depth][term] }
        return GlossaryIndex.linkOpening + href(term) + "\">"
    }
}
