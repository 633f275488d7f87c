import Content
import Foundation
import Output
import Search
import SiteModel

extension IncrementalBuilder {
    /// Renders the pages whose output can change and the files derived from them; the search index
    /// only when `deferSearchIndex` is false.
    func render(_ transformed: Set<String>, changes: DerivedChanges, delta: IndexDelta, renderAll forced: Bool,
                assembly: SiteAssembly, deferSearchIndex: Bool, into report: inout RebuildReport) -> [OutputFile] {
        // Without hashing no file is read, so making the manifest cannot fail.
        var assets = (try? AssetManifest.forTheme(theme!, hashesNames: false)) ?? AssetManifest(hashesNames: false)
        assets.add(OutputAssembler.searchIndexPath) { [] }
        let output = OutputAssembler(config: config!, options: options, assembly: assembly, templates: templates!, theme: theme!,
                                     assets: assets, dates: dates)
        // Quiz lists on section pages, their pages and the overview show question counts.
        let renderAll = forced || !wroteOutput || changes.quizCounts
        var paths = transformed
        if !renderAll {
            for slug in changes.backlinkSlugs {
                if let term = assembly.glossary.terms[slug] { paths.insert(term.contentPath) }
            }
            for path in delta.displayChanged {
                paths.formUnion(showing(path, assembly: assembly))
            }
            if !changes.definitionSlugs.isEmpty {
                paths.insert(PageKind.glossaryFolder + "/_index.md")
                for (path, page) in processed where !page.referencedTerms.isDisjoint(with: changes.definitionSlugs) {
                    paths.insert(path)
                }
            }
        }
        let selected = renderAll ? Array(processed.values) : paths.sorted().compactMap { processed[$0] }
        var files: [OutputFile]
        do {  // The renderer shares `processed`; it is gone before the next round edits it in place.
            let renderer = output.makeRenderer(pages: processed, definitions: definitions, backlinks: backlinks, assets: assets)
            files = selected.parallelMap { renderer.render($0) }
            if renderAll || !changes.definitionSlugs.isEmpty || extraPaths.isEmpty {
                let extras = output.extraPages(renderer)
                extraPaths = extras.map(\.path)
                files += extras
            }
            // The print editions hold every page, so any rendered change shows in them.
            if renderAll || !selected.isEmpty || printPaths.isEmpty {
                let editions = output.printFiles(renderer)
                printPaths = editions.map(\.path)
                files += editions
            }
        }
        // A few lines per page; the ledger writes them only when a route or a date changed.
        let crawlerFiles = output.crawlerFiles()
        crawlerPaths = Set(crawlerFiles.map(\.path))
        files += crawlerFiles

        // Quiz exports and search documents of the pages transformed (or all of them).
        let changedPages = renderAll ? selected : transformed.sorted().compactMap { processed[$0] }
        for page in changedPages where page.page.kind == .quiz || quizExports[page.page.contentPath] != nil {
            let exports = output.quizExports([page])
            quizExports[page.page.contentPath] = exports.isEmpty ? nil : exports
        }
        files += renderAll ? quizExports.values.flatMap { $0 } : changedPages.flatMap { quizExports[$0.page.contentPath] ?? [] }
        var searchChanged = !wroteOutput
        for (page, document) in zip(changedPages, output.searchDocuments(changedPages))
            where searchDocuments[page.page.contentPath] != document {
            searchDocuments[page.page.contentPath] = document
            searchChanged = true
        }
        let synonyms = output.searchSynonyms
        if synonyms != searchSynonyms {
            searchSynonyms = synonyms
            searchChanged = true
        }
        if searchChanged {
            searchPending = true
            searchGeneration += 1
        }
        if searchPending {
            if deferSearchIndex {
                report.searchIndexPending = true
            } else {
                let index = output.searchIndex(Array(searchDocuments.values))
                searchIndexPaths = Set(index.map(\.path))
                files += index
                searchPending = false
            }
        }
        report.renderedCount = selected.count
        report.renderedAll = renderAll
        report.result.files = files.sorted { $0.path < $1.path }
        report.result.copies = output.copies()
        return report.result.files
    }

    /// The pages that show an ordinary page's title, description or place in its section: the
    /// section's page and pages (listing, pagers), term pages that list it as a backlink, quizzes
    /// (whose questions link to pages).
    private func showing(_ path: String, assembly: SiteAssembly) -> Set<String> {
        guard let page = assembly.index.page(at: path) else { return [] }
        var result = Set(assembly.index.children(of: page.sectionPath).map(\.contentPath))
        if let section = assembly.index.sectionPage(page.sectionPath) { result.insert(section.contentPath) }
        for (slug, pages) in backlinkSets where pages.contains(path) {
            if let term = assembly.glossary.terms[slug] { result.insert(term.contentPath) }
        }
        result.formUnion(assembly.quizzes.keys)
        return result
    }

    /// Writes what changed; the first time, the whole site into a fresh folder.
    func write(_ files: [OutputFile], into report: inout RebuildReport) {
        do {
            if !wroteOutput {
                report.written = try ledger.writeAll(files: files, copies: report.result.copies)
                wroteOutput = true
            } else {
                report.written = try ledger.write(files) + ledger.copy(report.result.copies)
                let extras = Set(extraPaths + printPaths + files.map(\.path) + report.result.copies.map(\.path))
                let gifts = Set(quizExports.values.flatMap { $0.map(\.path) })
                report.removed = ledger.remove(keeping: { path in
                    pageOutputs.contains(path) || extras.contains(path) || gifts.contains(path)
                        || searchIndexPaths.contains(path) || crawlerPaths.contains(path)
                })
            }
        } catch {
            report.writeError = "cannot write \(options.output.path): \(error.localizedDescription)"
            wroteOutput = false
        }
    }

}

/// A search index a rebuild left for later: rendering it takes long on a large site, and the
/// browser does not need it to show a changed page.
public struct PendingSearchIndex: Sendable {
    let documents: [SearchDocument]
    let synonyms: [[String]]
    let generation: Int

    /// The number of documents to index.
    public var documentCount: Int { documents.count }

    /// Builds `search-index.js` and its parts; the expensive part, safe to run on any thread.
    public func render() -> [OutputFile] {
        SearchIndexBuilder().files(for: documents, synonyms: synonyms)
    }
}

extension IncrementalBuilder {
    /// True when a rebuild deferred the search index and it was not written since.
    public var hasPendingSearchIndex: Bool { lock.withLock { searchPending } }

    /// The search index the last rebuild deferred, if any.
    public func pendingSearchIndex() -> PendingSearchIndex? {
        lock.lock()
        defer { lock.unlock() }
        guard searchPending else { return nil }
        return PendingSearchIndex(documents: Array(searchDocuments.values), synonyms: searchSynonyms, generation: searchGeneration)
    }

    /// Writes a rendered pending index, unless a newer rebuild changed the documents meanwhile, and
    /// removes parts of the previous index that it no longer has. Returns true when the files were
    /// written (or were already up to date).
    @discardableResult
    public func commit(_ index: PendingSearchIndex, files: [OutputFile]) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard searchPending, index.generation == searchGeneration, wroteOutput else { return false }
        _ = try ledger.write(files)
        let current = Set(files.map(\.path))
        let stale = searchIndexPaths.subtracting(current)
        _ = ledger.remove { !stale.contains($0) }
        searchIndexPaths = current
        searchPending = false
        return true
    }
}
