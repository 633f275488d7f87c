import Content
import Discovery
import Foundation
import Pages
import Print
import SiteModel

extension SiteBuilder {
    /// Step 4: builds the index anew from `sources` unless no file parsed in this round changes its
    /// input (then `old` is kept), with how it changed, its diagnostics and the handouts of its
    /// print editions.
    func index(parsed: Set<String>, previous: [String: CachedSource], sources: ParsedSources, snapshot: ContentSnapshot,
               old: SiteAssembly?, config: SiteConfig, into result: inout BuildResult) -> IndexedSite {
        let assembly: SiteAssembly
        let delta: IndexDelta
        if let old, old.index.staticFiles == snapshot.staticFiles, parsed.allSatisfy({ path in
            guard let before = previous[path], let now = sources.sources[path] else { return false }
            return before.sameIndexInput(as: now)
        }) {
            (assembly, delta) = (old, .none)
        } else {
            assembly = assemble(sources, staticFiles: snapshot.staticFiles)
            delta = IndexDelta(from: old, to: assembly)
        }
        result.diagnostics += assembly.diagnostics
        result.diagnostics += ReviewPass(config: config, now: options.now).unmatchedScopes(contentPaths: Array(snapshot.markdown.keys))
        var handouts = HandoutFiles()
        if options.handouts != nil {
            let found = HandoutFiles.find(in: options.handouts, editions: config.print ? PrintEdition.all(in: assembly.index) : [])
            handouts = found.0
            result.diagnostics += found.1
        }
        return IndexedSite(assembly: assembly, delta: delta, handouts: handouts)
    }

    /// A new index of the pages of `sources`.
    private func assemble(_ sources: ParsedSources, staticFiles: Set<String>) -> SiteAssembly {
        var pages: [Page] = []
        var drafts: Set<String> = []
        // Files that could not become pages: their own errors are enough, so nothing that names them
        // (links, terms, the home page) is reported again.
        var unloadable: Set<String> = []
        for (path, source) in sources.sources {
            guard let page = source.page else {
                unloadable.insert(path)
                continue
            }
            if page.draft && !options.includeDrafts {
                drafts.insert(path)
                page.document.releaseTree()
            } else {
                pages.append(page)
            }
        }
        return SiteAssembly(pages: pages, drafts: drafts, staticFiles: Array(staticFiles), unloadable: unloadable)
    }
}
