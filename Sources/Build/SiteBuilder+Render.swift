import Content
import Foundation
import Output
import Pages
import Rendering
import Search
import SiteModel

extension SiteBuilder {
    /// Steps 6 and 7: renders what `plan` names and the site-wide files, hands every file to the
    /// target as soon as it is made, then copies assets and static files and removes what the
    /// site no longer has. With `deferSlowFiles` a changed search index and the print editions wait
    /// for `deferredFiles()` (only with plain asset names, as pages would otherwise name the index).
    func render(_ plan: RenderPlan, assembly: SiteAssembly, deferSlowFiles: Bool, inputs: ContentHash?,
                clock: inout StepClock, into result: inout BuildResult) {
        var output = OutputAssembler(config: config!, options: options, assembly: assembly, templates: templates!, theme: theme!,
                                     assets: themeAssets!, dates: dates)
        output.handouts = handouts
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
        let failure = FirstFailure()
        var plan = plan
        let deferring = deferSlowFiles && !options.hashesAssetNames

        // Search documents first, so that the index is made before the pages (a deferred one after).
        let termSlugs = assembly.termSlugsByPath
        let searchPages = (plan.all ? processed.keys.sorted() : plan.searchPages.sorted()).compactMap { processed[$0] }
        let documents = searchPages.parallelMap { [output] in output.searchDocument($0, termSlugs: termSlugs) }
        var searchChanged = !renderedOnce
        for (page, document) in zip(searchPages, documents) where searchDocuments[page.page.contentPath] != document {
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

        // The scripts the build makes from the content, under their published names, which pages
        // find in the data script index (not in the page: see `DataScriptIndex`).
        let manifest = themeAssets!
        var dataScripts = AssetManifest(hashesNames: options.hashesAssetNames)
        var scripts: [OutputFile] = []
        if plan.siteFiles || (definitionsScript == nil && !assembly.glossary.terms.isEmpty) {
            definitionsScript = output.definitionsScript(definitions)
        }
        if let script = definitionsScript {
            scripts.append(OutputFile(path: dataScripts.add(script.path) { [UInt8](script.data) }, data: script.data))
        }
        // The index is made while the pages render (its making is partly serial); no page names it.
        var newIndex: BackgroundWork<[OutputFile]>?
        if searchPending && !deferring {
            let documents = Array(searchDocuments.values)
            newIndex = BackgroundWork { [output] in output.searchIndex(documents) }
            searchPending = false
        } else if searchPending {
            result.filesPending = true
        }
        // Every page names the theme's published files (`#kennisbank-assets`): a new name renders them all.
        if manifest != renderedAssets { RebuildRules.renderAllForNewAssetNames(&plan) }
        output.assets = manifest

        let selected = plan.all ? processed.keys.sorted().map { processed[$0]! } : plan.pages.sorted().compactMap { processed[$0] }
        var siteFiles: [OutputFile] = []
        do {  // The renderer shares `processed`; it is gone before the next build edits it in place.
            let renderer = output.makeRenderer(pages: processed, backlinks: backlinks, assets: manifest)
            let paths: [[String]] = selected.parallelMap { [output] page in
                guard !failure.happened else { return [] }
                let files = output.pageFiles(page, renderer)
                for file in files {
                    do { try sink.put(file) } catch {
                        failure.record(error)
                        break
                    }
                }
                return files.map(\.path)
            }
            for (page, outcome) in zip(selected, paths) { setOutputs(of: page.page.contentPath, to: outcome) }
            if plan.siteFiles {
                siteFiles = output.siteFiles(renderer)
                siteOutputs = Set(siteFiles.map(\.path))
            }
            // The print editions hold every page, so any rendered change shows in them.
            if plan.siteFiles || !selected.isEmpty {
                if deferring && config!.print {
                    pendingPrint = (output, renderer)
                    printGeneration += 1
                    result.filesPending = true
                } else {
                    let editions = output.printFiles(renderer)
                    printOutputs = Set(editions.map(\.path))
                    siteFiles += editions
                    pendingPrint = nil
                }
            }
        }
        if let newIndex {
            searchEntry = nil
            searchIndexOutputs = []
            for file in newIndex.value() {
                if file.path == OutputAssembler.searchIndexPath { searchEntry = file } else {
                    scripts.append(file)
                    searchIndexOutputs.insert(file.path)
                }
            }
        }
        if let entry = searchEntry {
            let published = dataScripts.add(entry.path) { [UInt8](entry.data) }
            scripts.append(OutputFile(path: published, data: entry.data))
            searchIndexOutputs.insert(published)
        } else {
            // Deferred before the first index was made (only with plain names): it will have the plain path.
            dataScripts.add(OutputAssembler.searchIndexPath) { [] }
        }
        scripts.append(DataScriptIndex.make(dataScripts))
        renderedAssets = manifest
        for file in scripts + siteFiles where !failure.happened {
            do { try sink.put(file) } catch { failure.record(error) }
        }
        result.renderedCount = selected.count
        result.renderedAll = plan.all
        clock.finish(.render, .stepRender(rendered: selected.count, of: plan.all ? selected.count : processed.count), into: &result)

        let copies = plan.copies || plan.all ? output.copies() : []
        if plan.copies || plan.all { copyOutputs = Set(copies.map(\.path)) }
        if let writer, !failure.happened {
            let (root, unsafe) = (options.root, config!.unsafe)
            let failures: [Error?] = copies.parallelMap { copy in
                let check = OutputAssembler.copyCheck(for: copy.source, root: root, unsafe: unsafe)
                do { try writer.copy(from: copy.source, to: copy.path, check: check) } catch { return error }
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
            let (pages, site, prints, copied) = (pageOutputPaths, siteOutputs, printOutputs, copyOutputs)
            let (index, script) = (searchIndexOutputs, scripts.map(\.path))
            let current = { (path: String) in
                pages.contains(path) || site.contains(path) || prints.contains(path) || copied.contains(path)
                    || index.contains(path) || script.contains(path)
            }
            do {
                (result.written, result.removed) = try writer.finish(current: current, record: (inputs, result.diagnostics))
            } catch {
                writeFailed(error, into: &result)
                return
            }
            let count = Set(pageOutputPaths).union(siteOutputs).union(printOutputs).union(copyOutputs).union(searchIndexOutputs)
                .union(script).count + 1
            clock.finish(.write, .stepWrite(changed: result.written.count, of: count, removed: result.removed.count), into: &result)
        } else if let memory = sink as? MemorySink {
            result.files = memory.files.sorted { $0.path < $1.path }
            result.copies = copies
            clock.finish(.write, memory.keeping ? .stepWriteMemory(result.files.count) : .stepWriteNothing(), into: &result)
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
        renderedAssets = nil
        pendingRender = RenderPlan()
        let message: Message
        if let refused = error as? SiteWriter.RefusedOutput {
            message = refused.nonFiles.isEmpty ? .outputNotOurs(refused.folder) : .outputHoldsNonFiles(refused.folder, refused.shownNonFiles)
        } else {
            message = .writeFailed(options.output.path, reason: "\(error)")
        }
        // One channel: the failure is a diagnostic at the output folder, reported with the others.
        result.diagnostics.append(.error(SourceLocation(file: options.output.path), message))
    }
}
