/// What a build renders: every page, or the pages that can have changed, and the pages whose
/// search documents must be made again. A failed build keeps its plan for the next one.
struct RenderPlan: Sendable {
    /// Every page, with every search document.
    var all = false
    /// Content paths of the pages to render, when not `all`.
    var pages: Set<String> = []
    /// Content paths of the pages whose search document can have changed, when not `all`.
    var searchPages: Set<String> = []
    /// The files made from the whole site (`OutputAssembler.siteFiles`) can have changed.
    var siteFiles = false
    /// Theme assets or static files can have changed.
    var copies = false

    /// Adds what `other` renders.
    mutating func merge(_ other: RenderPlan) {
        all = all || other.all
        pages.formUnion(other.pages)
        searchPages.formUnion(other.searchPages)
        siteFiles = siteFiles || other.siteFiles
        copies = copies || other.copies
    }
}
