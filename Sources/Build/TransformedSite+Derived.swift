import Content
import Pages
import SiteModel

extension TransformedSite {
    /// Updates what is derived from processed pages: diagnostics, term references, backlinks,
    /// definitions and quiz sizes; for the `transformed` pages, or for all after a new index (which
    /// also forgets the pages it no longer has). Returns what changed and the pages forgotten.
    mutating func updateDerived(_ transformed: Set<String>, all: Bool,
                                assembly: SiteAssembly) -> (changes: RebuildRules.DerivedChanges, removed: Set<String>) {
        let termByPath = assembly.termSlugsByPath
        let numberByPath = assembly.termNumbersByPath
        let slugs = assembly.glossary.numberedSlugs
        let (oldBacklinks, oldDefinitions, oldCounts) = (backlinks, definitions, quizQuestionCounts)
        var paths = transformed
        var removed: Set<String> = []
        if all {
            let current = Set(assembly.pages.map(\.contentPath))
            removed = Set(processed.keys.filter { !current.contains($0) })
            for path in removed { processed[path] = nil }
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
            pageDiagnostics[path] = page.flatMap { $0.diagnostics.isEmpty ? nil : $0.diagnostics }
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
        return (changes, removed)
    }
}
