import Content
import Foundation
import Pages
import Search
import SiteModel

extension SiteBuilder {
    /// Step 5: processes the pages of `assembly` that need it (`RebuildRules.needsTransform`) into
    /// `pages`. Returns their content paths.
    func transform(parsed: Set<String>, delta: IndexDelta, config: SiteConfig, assembly: SiteAssembly, sources: ParsedSources,
                   into pages: inout TransformedSite) -> Set<String> {
        let processor = PageProcessor(index: assembly.index, glossary: assembly.glossary, config: config, quizzes: assembly.quizzes,
                                      review: ReviewPass(config: config, now: options.now),
                                      questionnaires: assembly.questionnaires)
        var jobs: [CachedSource] = []
        if delta.rebuilt || delta.retransformAll {
            let termByPath = assembly.termSlugsByPath
            for page in assembly.pages {
                guard let source = sources.sources[page.contentPath] else { continue }
                let path = page.contentPath
                if RebuildRules.needsTransform(parsed: parsed.contains(path), delta: delta, cached: pages.processed[path],
                                               hasDiagnostics: pages.pageDiagnostics[path] != nil, definitionHasLinks: {
                    termByPath[path].flatMap { assembly.glossary.terms[$0] }?.definition.contains("](") == true
                }) {
                    jobs.append(source)
                }
            }
        } else {
            // The same pages as before: only the parsed ones changed.
            jobs = parsed.sorted().compactMap { assembly.index.page(at: $0) != nil ? sources.sources[$0] : nil }
        }
        // The passes parse each body again (`Page.parsedBody`), so a cached page can go through them again.
        let results = jobs.parallelMap { source in source.page.map { processor.process($0) } }
        var done: Set<String> = []
        for result in results {
            guard let result else { continue }
            pages.processed[result.page.contentPath] = result
            done.insert(result.page.contentPath)
        }
        return done
    }
}
