import Content
import Foundation
import Pages
import Search
import SiteModel

extension SiteBuilder {
    /// Builds the index anew unless no file parsed in this round changes its input. Returns what changed.
    func updateIndex(parsed: Set<String>, previous: [String: CachedSource]) -> IndexDelta {
        let unchanged = assembly != nil && assembly!.index.staticFiles == snapshot.staticFiles && parsed.allSatisfy { path in
            guard let old = previous[path], let new = sources[path] else { return false }
            return old.sameIndexInput(as: new)
        }
        if unchanged { return .none }
        var pages: [Page] = []
        var drafts: Set<String> = []
        // Files that could not become pages: their own errors are enough, so nothing that names them
        // (links, terms, the home page) is reported again.
        var unloadable: Set<String> = []
        for (path, source) in sources {
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
        let fresh = SiteAssembly(pages: pages, drafts: drafts, staticFiles: Array(snapshot.staticFiles), unloadable: unloadable)
        let delta = IndexDelta(from: assembly, to: fresh)
        assembly = fresh
        return delta
    }

    /// Transforms the pages that need it. Returns their content paths.
    func transform(parsed: Set<String>, delta: IndexDelta, config: SiteConfig, assembly: SiteAssembly) -> Set<String> {
        let processor = PageProcessor(index: assembly.index, glossary: assembly.glossary, config: config, quizzes: assembly.quizzes,
                                      review: ReviewPass(config: config, now: options.now),
                                      questionnaires: assembly.questionnaires)
        var jobs: [CachedSource] = []
        if delta.rebuilt || delta.retransformAll {
            let termByPath = assembly.termSlugsByPath
            for page in assembly.pages {
                guard let source = sources[page.contentPath] else { continue }
                let path = page.contentPath
                if RebuildRules.needsTransform(parsed: parsed.contains(path), delta: delta, cached: processed[path],
                                               hasDiagnostics: pageDiagnostics[path] != nil, definitionHasLinks: {
                    termByPath[path].flatMap { assembly.glossary.terms[$0] }?.definition.contains("](") == true
                }) {
                    jobs.append(source)
                }
            }
        } else {
            // The same pages as before: only the parsed ones changed.
            jobs = parsed.sorted().compactMap { assembly.index.page(at: $0) != nil ? sources[$0] : nil }
        }
        // The passes parse each body again (`Page.parsedBody`), so a cached page can go through them again.
        let results = jobs.parallelMap { source in source.page.map { processor.process($0) } }
        var done: Set<String> = []
        for result in results {
            guard let result else { continue }
            processed[result.page.contentPath] = result
            done.insert(result.page.contentPath)
        }
        return done
    }

    /// Updates what is derived from processed pages: diagnostics, term references, backlinks,
    /// definitions and quiz sizes; for the `transformed` pages, or for all after a new index.
    func updateDerived(_ transformed: Set<String>, all: Bool, assembly: SiteAssembly) -> RebuildRules.DerivedChanges {
        let termByPath = assembly.termSlugsByPath
        let numberByPath = assembly.termNumbersByPath
        let slugs = assembly.glossary.numberedSlugs
        let (oldBacklinks, oldDefinitions, oldCounts) = (backlinks, definitions, quizQuestionCounts)
        var paths = transformed
        if all {
            let current = Set(assembly.pages.map(\.contentPath))
            for path in processed.keys where !current.contains(path) {
                processed[path] = nil
                setOutputs(of: path, to: nil)
                if searchDocuments.removeValue(forKey: path) != nil {
                    searchPending = true
                    searchGeneration += 1
                }
            }
            (pageDiagnostics, termLinks, backlinkSets, backlinks, referenceCounts, definitions, quizQuestionCounts)
                = ([:], [:], [:], [:], [:], [:], [:])
            paths = current
        } else if backlinkSets.isEmpty && !backlinks.isEmpty {
            backlinkSets = backlinks.mapValues(Set.init)
        }
        // The look-ups on all cores (on a first build they are every link of the site); the merge in order.
        let sorted = paths.sorted()
        let links: [TermLinks?] = sorted.parallelMap { [processed] path in
            processed[path].map {
                let links = SiteAssembly.termLinks(of: $0, termNumberByPath: numberByPath)
                return TermLinks(backlinked: links.backlinked, referenced: links.referenced)
            }
        }
        // After a new index, per term number: paths come in order, so every list is sorted as it grows,
        // and no slug is hashed per link.
        var lists = [[String]](repeating: [], count: all ? slugs.count : 0)
        var counts = [Int](repeating: 0, count: all ? slugs.count : 0)
        var touchedSlugs: Set<String> = []
        for (path, new) in zip(sorted, links) {
            let page = processed[path]
            pageDiagnostics[path] = (page?.diagnostics.isEmpty ?? true) ? nil : page!.diagnostics
            let old = termLinks[path]
            termLinks[path] = new
            if all {
                for number in new?.backlinked ?? [] { lists[number].append(path) }
                for number in new?.referenced ?? [] { counts[number] += 1 }
            } else {
                let (before, after) = (Set(old?.backlinked ?? []), Set(new?.backlinked ?? []))
                for number in before.subtracting(after) {
                    backlinkSets[slugs[number]]?.remove(path)
                    touchedSlugs.insert(slugs[number])
                }
                for number in after.subtracting(before) {
                    backlinkSets[slugs[number], default: []].insert(path)
                    touchedSlugs.insert(slugs[number])
                }
                for number in old?.referenced ?? [] { referenceCounts[slugs[number], default: 0] -= 1 }
                for number in new?.referenced ?? [] { referenceCounts[slugs[number], default: 0] += 1 }
            }
            if let slug = termByPath[path] { definitions[slug] = page?.definitionHTML }
            quizQuestionCounts[path] = page?.quiz?.questions.count
        }
        for (number, list) in lists.enumerated() where !list.isEmpty { backlinks[slugs[number]] = list }
        for (number, count) in counts.enumerated() where count > 0 { referenceCounts[slugs[number]] = count }
        for slug in touchedSlugs {
            if backlinkSets[slug]?.isEmpty ?? true { backlinkSets[slug] = nil }
            backlinks[slug] = backlinkSets[slug]?.sorted()
        }
        for (slug, count) in referenceCounts where count <= 0 { referenceCounts[slug] = nil }
        var changes = RebuildRules.DerivedChanges()
        for slug in Set(oldBacklinks.keys).union(backlinks.keys) where oldBacklinks[slug] != backlinks[slug] {
            changes.backlinkSlugs.insert(slug)
        }
        for slug in Set(oldDefinitions.keys).union(definitions.keys) where oldDefinitions[slug] != definitions[slug] {
            changes.definitionSlugs.insert(slug)
        }
        changes.quizCounts = oldCounts != quizQuestionCounts
        return changes
    }
}
