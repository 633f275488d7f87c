import Output
import Rendering
import Search
import SiteModel

/// What the render and write steps keep between builds: the output paths each page and each kind
/// of site-wide file was last written to (so that files no longer made are removed), the search
/// documents and scripts made from all pages, and what earlier builds left to do (a plan that
/// failed, deferred files).
struct RenderedSite: Sendable {
    /// Output paths of each page's files, as last rendered, and all of them together.
    private(set) var pageOutputs: [String: [String]] = [:]
    private(set) var pageOutputPaths: Set<String> = []
    /// Output paths of the site-wide files and of the copies, as last made.
    var siteOutputs: Set<String> = []
    var copyOutputs: Set<String> = []
    /// Output paths of the print editions as last made.
    var printOutputs: Set<String> = []
    /// Content path -> the page's search document as last made.
    var searchDocuments: [String: SearchDocument] = [:]
    /// The glossary's definitions script as last made, under its plain path.
    var definitionsScript: OutputFile?
    /// The search index's entry as last made (plain path), and the paths of its files as written.
    var searchEntry: OutputFile?
    var searchIndexOutputs: Set<String> = []
    /// The synonyms the search index was last made with.
    var searchSynonyms: [[String]] = []
    /// The published names the pages were last rendered with; nil before the first render.
    var renderedAssets: AssetManifest?

    /// What earlier builds should have rendered but did not, because they failed.
    var pendingRender = RenderPlan()
    /// The search index needs writing; `searchGeneration` tells newer documents from older ones.
    var searchPending = false
    var searchGeneration = 0
    /// What deferred print editions are made from (`DeferredFiles`); `printGeneration` tells newer from older.
    var pendingPrint: (output: OutputAssembler, renderer: SiteRenderer)?
    var printGeneration = 0
    /// False until the site was rendered once (and after a failed write).
    var renderedOnce = false

    /// Records the output paths of a page (nil: the page is gone).
    mutating func setOutputs(of contentPath: String, to paths: [String]?) {
        let old = pageOutputs[contentPath] ?? []
        guard old != paths ?? [] else { return }
        for path in old where !(paths ?? []).contains(path) { pageOutputPaths.remove(path) }
        pageOutputPaths.formUnion(paths ?? [])
        pageOutputs[contentPath] = paths
    }

    /// Forgets pages the index no longer has: their files are removed by the next write, and the
    /// search index is made again without them.
    mutating func forget(_ contentPaths: Set<String>) {
        for path in contentPaths {
            setOutputs(of: path, to: nil)
            if searchDocuments.removeValue(forKey: path) != nil { searchChanged() }
        }
    }

    /// Marks the search index as changed: written by this build, or deferred.
    mutating func searchChanged() {
        searchPending = true
        searchGeneration += 1
    }
}
