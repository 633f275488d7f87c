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
    /// `kept` is what earlier renders left (output paths, search and print state) and is updated;
    /// `fingerprint` is recorded in the manifest for `reusesUnchangedOutput`.
    func render(_ plan: RenderPlan, _ inputs: RenderInputs, into kept: inout RenderedSite, deferSlowFiles: Bool,
                fingerprint: ContentHash?, clock: inout StepClock, result: inout BuildResult) {
        let (assembly, config, pages) = (inputs.indexed.assembly, inputs.config, inputs.pages)
        let processed = pages.processed
        var output = OutputAssembler(config: config, options: options, assembly: assembly, templates: inputs.configured.templates,
                                     theme: inputs.configured.theme, assets: inputs.configured.themeAssets, dates: inputs.dates)
        output.handouts = inputs.indexed.handouts
        let sink: RenderSink
        if let writer {
            do { try writer.begin() } catch {
                writeFailed(error, &kept, into: &result)
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
        var searchChanged = !kept.renderedOnce
        for (page, document) in zip(searchPages, documents) where kept.searchDocuments[page.page.contentPath] != document {
            kept.searchDocuments[page.page.contentPath] = document
            searchChanged = true
        }
        let synonyms = output.searchSynonyms
        if synonyms != kept.searchSynonyms {
            kept.searchSynonyms = synonyms
            searchChanged = true
        }
        if searchChanged { kept.searchChanged() }

        // The scripts the build makes from the content, under their published names, which pages
        // find in the data script index (not in the page: see `DataScriptIndex`).
        let manifest = inputs.configured.themeAssets
        var dataScripts = AssetManifest(hashesNames: options.hashesAssetNames)
        var scripts: [OutputFile] = []
        if plan.siteFiles || (kept.definitionsScript == nil && !assembly.glossary.terms.isEmpty) {
            kept.definitionsScript = output.definitionsScript(pages.definitions)
        }
        if let script = kept.definitionsScript {
            scripts.append(OutputFile(path: dataScripts.add(script.path) { [UInt8](script.data) }, data: script.data))
        }
        // The index is made while the pages render (its making is partly serial); no page names it.
        var newIndex: BackgroundWork<[OutputFile]>?
        if kept.searchPending && !deferring {
            let documents = Array(kept.searchDocuments.values)
            newIndex = BackgroundWork { [output] in output.searchIndex(documents) }
            kept.searchPending = false
        } else if kept.searchPending {
            result.filesPending = true
        }
        // Every page names the theme's published files (`#kennisbank-assets`): a new name renders them all.
        if manifest != kept.renderedAssets { RebuildRules.renderAllForNewAssetNames(&plan) }
        output.assets = manifest

        let selected = plan.all ? processed.keys.sorted().compactMap { processed[$0] } : plan.pages.sorted().compactMap { processed[$0] }
        var siteFiles: [OutputFile] = []
        do {  // The renderer shares `processed`; it is gone before the next build edits it in place.
            let renderer = output.makeRenderer(pages: processed, backlinks: pages.backlinks, assets: manifest)
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
            for (page, outcome) in zip(selected, paths) { kept.setOutputs(of: page.page.contentPath, to: outcome) }
            if plan.siteFiles {
                siteFiles = output.siteFiles(renderer)
                kept.siteOutputs = Set(siteFiles.map(\.path))
            }
            // The print editions hold every page, so any rendered change shows in them.
            if plan.siteFiles || !selected.isEmpty {
                if deferring && config.print {
                    kept.pendingPrint = (output, renderer)
                    kept.printGeneration += 1
                    result.filesPending = true
                } else {
                    let editions = output.printFiles(renderer)
                    kept.printOutputs = Set(editions.map(\.path))
                    siteFiles += editions
                    kept.pendingPrint = nil
                }
            }
        }
        if let newIndex {
            kept.searchEntry = nil
            kept.searchIndexOutputs = []
            for file in newIndex.value() {
                if file.path == OutputAssembler.searchIndexPath { kept.searchEntry = file } else {
                    scripts.append(file)
                    kept.searchIndexOutputs.insert(file.path)
                }
            }
        }
        if let entry = kept.searchEntry {
            let published = dataScripts.add(entry.path) { [UInt8](entry.data) }
            scripts.append(OutputFile(path: published, data: entry.data))
            kept.searchIndexOutputs.insert(published)
        } else {
            // Deferred before the first index was made (only with plain names): it will have the plain path.
            dataScripts.add(OutputAssembler.searchIndexPath) { [] }
        }
        scripts.append(DataScriptIndex.make(dataScripts))
        kept.renderedAssets = manifest
        for file in scripts + siteFiles where !failure.happened {
            do { try sink.put(file) } catch { failure.record(error) }
        }
        result.renderedCount = selected.count
        result.renderedAll = plan.all
        clock.finish(.render, .stepRender(rendered: selected.count, of: plan.all ? selected.count : processed.count), into: &result)

        let copies = plan.copies || plan.all ? output.copies() : []
        if plan.copies || plan.all { kept.copyOutputs = Set(copies.map(\.path)) }
        if let writer, !failure.happened {
            let (root, unsafe) = (options.root, config.unsafe)
            let failures: [Error?] = copies.parallelMap { copy in
                let check = OutputAssembler.copyCheck(for: copy.source, root: root, unsafe: unsafe)
                do { try writer.copy(from: copy.source, to: copy.path, check: check) } catch { return error }
                return nil
            }
            if let error = failures.compactMap({ $0 }).first { failure.record(error) }
        }
        if let error = failure.error {
            writeFailed(error, &kept, into: &result)
            return
        }
        kept.renderedOnce = true
        if let writer {
            let (paged, site, prints, copied) = (kept.pageOutputPaths, kept.siteOutputs, kept.printOutputs, kept.copyOutputs)
            let (index, script) = (kept.searchIndexOutputs, scripts.map(\.path))
            let current = { (path: String) in
                paged.contains(path) || site.contains(path) || prints.contains(path) || copied.contains(path)
                    || index.contains(path) || script.contains(path)
            }
            do {
                (result.written, result.removed) = try writer.finish(current: current, record: (fingerprint, result.diagnostics))
            } catch {
                writeFailed(error, &kept, into: &result)
                return
            }
            let count = Set(kept.pageOutputPaths).union(kept.siteOutputs).union(kept.printOutputs).union(kept.copyOutputs)
                .union(kept.searchIndexOutputs).union(script).count + 1
            clock.finish(.write, .stepWrite(changed: result.written.count, of: count, removed: result.removed.count), into: &result)
        } else if let memory = sink as? MemorySink {
            result.files = memory.files.sorted { $0.path < $1.path }
            result.copies = copies
            clock.finish(.write, memory.keeping ? .stepWriteMemory(result.files.count) : .stepWriteNothing(), into: &result)
        }
    }

    /// A write failed: the next build renders everything again and the writer reads what the
    /// folder holds from its manifest.
    private func writeFailed(_ error: Error, _ kept: inout RenderedSite, into result: inout BuildResult) {
        writer?.abandon()
        kept.renderedOnce = false
        kept.renderedAssets = nil
        kept.pendingRender = RenderPlan()
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
