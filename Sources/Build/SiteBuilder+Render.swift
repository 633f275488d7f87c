import Content
import Foundation
import Output
import Search
import SiteModel

extension SiteBuilder {
    /// The pages whose output can have changed in this build.
    func plan(_ transformed: Set<String>, changes: DerivedChanges, delta: IndexDelta, renderAll forced: Bool,
              assembly: SiteAssembly) -> RenderPlan {
        var plan = RenderPlan()
        // Quiz lists on section pages, their pages and the overview show question counts.
        plan.all = forced || !renderedOnce || changes.quizCounts
        // Overviews, search page, 404 and sitemap show the index; the glossary overview and the
        // definitions script the definitions.
        plan.siteFiles = plan.all || delta.rebuilt || !changes.definitionSlugs.isEmpty
        guard !plan.all else { return plan }
        plan.searchPages = transformed
        plan.pages = transformed
        for slug in changes.backlinkSlugs {
            if let term = assembly.glossary.terms[slug] { plan.pages.insert(term.contentPath) }
        }
        for path in delta.displayChanged {
            plan.pages.formUnion(showing(path, assembly: assembly))
        }
        if !changes.definitionSlugs.isEmpty {
            // The definitions script's name changes with any definition, and every page with term
            // links names it; the glossary overview shows every definition.
            plan.pages.insert(PageKind.glossaryFolder + "/_index.md")
            for (path, page) in processed where !page.linkedTerms.isEmpty { plan.pages.insert(path) }
        }
        return plan
    }

    /// The pages that show an ordinary page's title, description or place in its section: the
    /// section's page and pages (listing, pagers), term pages that list it as a backlink, quizzes
    /// (whose questions link to pages).
    private func showing(_ path: String, assembly: SiteAssembly) -> Set<String> {
        guard let page = assembly.index.page(at: path) else { return [] }
        var result = Set(assembly.index.children(of: page.sectionPath).map(\.contentPath))
        if let section = assembly.index.sectionPage(page.sectionPath) { result.insert(section.contentPath) }
        for number in termLinks[path]?.backlinked ?? [] {
            if let term = assembly.glossary.terms[assembly.glossary.numberedSlugs[number]] { result.insert(term.contentPath) }
        }
        result.formUnion(assembly.quizzes.keys)
        return result
    }

    /// Steps 6 and 7: renders what `plan` names and the site-wide files, hands every file to the
    /// target as soon as it is made, then copies assets and static files and removes what the
    /// site no longer has. With `deferSearchIndex` a changed search index waits for
    /// `pendingSearchIndex()`.
    func render(_ plan: RenderPlan, assembly: SiteAssembly, deferSearchIndex: Bool, inputs: ContentHash?,
                clock: inout StepClock, into result: inout BuildResult) {
        let output = OutputAssembler(config: config!, options: options, assembly: assembly, templates: templates!, theme: theme!)
        let sink: RenderSink
        if let writer {
            do { try writer.begin() } catch {
                writeFailed(error, into: &result)
                return
            }
            sink = writer
        } else {
            sink = MemorySink(keeping: { if case .memory = target { return true } else { return false } }())
        }
        let selected = plan.all ? processed.keys.sorted().map { processed[$0]! } : plan.pages.sorted().compactMap { processed[$0] }
        let failure = FirstFailure()
        var siteFiles: [OutputFile] = []
        if plan.siteFiles || (definitionsScript == nil && !assembly.glossary.terms.isEmpty) {
            definitionsScript = output.definitionsScript(definitions)
        }
        do {  // The renderer shares `processed`; it is gone before the next build edits it in place.
            let renderer = output.makeRenderer(pages: processed, backlinks: backlinks, definitionsScript: definitionsScript)
            let termSlugs = assembly.termSlugsByPath
            let searchPages = plan.all ? nil : plan.searchPages
            let outcomes: [(paths: [String], document: SearchDocument?)] = selected.parallelMap { page in
                guard !failure.happened else { return ([], nil) }
                let files = output.pageFiles(page, renderer)
                for file in files {
                    do { try sink.put(file) } catch {
                        failure.record(error)
                        break
                    }
                }
                let wanted = searchPages?.contains(page.page.contentPath) ?? true
                return (files.map(\.path), wanted ? output.searchDocument(page, termSlugs: termSlugs) : nil)
            }
            var searchChanged = !renderedOnce
            for (page, outcome) in zip(selected, outcomes) {
                setOutputs(of: page.page.contentPath, to: outcome.paths)
                if let document = outcome.document, searchDocuments[page.page.contentPath] != document {
                    searchDocuments[page.page.contentPath] = document
                    searchChanged = true
                }
            }
            if searchChanged {
                searchPending = true
                searchGeneration += 1
            }
            if plan.siteFiles {
                siteFiles = output.siteFiles(renderer)
                siteOutputs = Set(siteFiles.map(\.path))
            }
        }
        if searchPending {
            if deferSearchIndex {
                result.searchIndexPending = true
            } else {
                siteFiles.append(output.searchIndex(Array(searchDocuments.values)))
                searchPending = false
            }
        }
        for file in siteFiles where !failure.happened {
            do { try sink.put(file) } catch { failure.record(error) }
        }
        result.renderedCount = selected.count
        result.renderedAll = plan.all
        clock.finish(.render, plan.all ? "\(selected.count) pages" : "\(selected.count) of \(processed.count) pages", into: &result)

        let copies = plan.copies ? output.copies() : []
        if plan.copies { copyOutputs = Set(copies.map(\.path)) }
        if let writer, !failure.happened {
            let failures: [Error?] = copies.parallelMap { copy in
                do { try writer.copy(from: copy.source, to: copy.path) } catch { return error }
                return nil
            }
            if let error = failures.compactMap({ $0 }).first { failure.record(error) }
        }
        if let error = failure.error {
            writeFailed(error, into: &result)
            return
        }
        renderedOnce = true
        if let writer {
            let (pages, site, copied) = (pageOutputPaths, siteOutputs, copyOutputs)
            let current = { (path: String) in
                pages.contains(path) || site.contains(path) || copied.contains(path) || path == OutputAssembler.searchIndexPath
            }
            do {
                (result.written, result.removed) = try writer.finish(current: current, record: (inputs, result.diagnostics))
            } catch {
                writeFailed(error, into: &result)
                return
            }
            let count = pageOutputPaths.count + siteOutputs.count + copyOutputs.count + 2
            clock.finish(.write, "\(result.written.count) of \(count) files changed, \(result.removed.count) removed", into: &result)
        } else if let memory = sink as? MemorySink {
            result.files = memory.files.sorted { $0.path < $1.path }
            result.copies = copies
            clock.finish(.write, memory.keeping ? "\(result.files.count) files kept in memory" : "nothing (check)", into: &result)
        }
    }

    /// Records the output paths of a page (nil: the page is gone).
    func setOutputs(of contentPath: String, to paths: [String]?) {
        let old = pageOutputs[contentPath] ?? []
        guard old != paths ?? [] else { return }
        for path in old where !(paths ?? []).contains(path) { pageOutputPaths.remove(path) }
        pageOutputPaths.formUnion(paths ?? [])
        pageOutputs[contentPath] = paths
    }

    /// A write failed: the next build renders everything again and the writer reads what the
    /// folder holds from its manifest.
    private func writeFailed(_ error: Error, into result: inout BuildResult) {
        writer?.abandon()
        renderedOnce = false
        pendingRender = RenderPlan()
        result.writeError = error is SiteWriter.RefusedOutput ? "\(error)" : "cannot write \(options.output.path): \(error)"
    }
}
