import Content
import Pages
import SiteModel

/// What a change forces to be redone, in one place. A kept builder (`serve`) redoes only what an
/// edit can have changed; each step reports what changed in its own terms, and these rules turn
/// that into the work of the next step:
///
/// - Index: `IndexDelta` (how the index changed: link targets, what pages show of each other, the
///   glossary) is the input of both rules below.
/// - Transform: `needsTransform`, per cached page.
/// - Render: `plan`, from the transformed pages, what they changed in the data derived from all pages
///   (`DerivedChanges`: backlinks, definitions, quiz sizes), the index delta, and the changes outside
///   `content/` (`addOutsideContent`); a new name for the theme's files renders every page
///   (`renderAllForNewAssetNames`).
/// - A failed build renders nothing; its plan waits for the next build (`RenderedSite.pendingRender`).
///
/// `RebuildRuleTests` counts what each kind of edit redoes; `IncrementalBuildTests` checks that the
/// result is byte for byte a fresh build's.
enum RebuildRules {
    /// What the data derived from all pages changed in this build.
    struct DerivedChanges {
        /// Terms whose list of pages that mention them changed: their pages show it.
        var backlinkSlugs: Set<String> = []
        /// Terms whose short definition changed: the glossary overview and the pop-ups' script show it.
        var definitionSlugs: Set<String> = []
        /// A quiz's number of questions changed: section pages, quiz pages and the overview show it.
        var quizCounts = false
    }

    /// Transform step: whether a cached page's processed form can differ from the cached one.
    /// `definitionHasLinks` is asked only for a term when link targets changed: its short
    /// definition is rendered with its own links, which `linkedPages` leaves out.
    static func needsTransform(parsed: Bool, delta: IndexDelta, cached: ProcessedPage?, hasDiagnostics: Bool,
                               definitionHasLinks: () -> Bool) -> Bool {
        guard !parsed, !delta.retransformAll, let done = cached else { return true }
        // Hints of diagnostics quote the whole index; quizzes and vragenlijsten are checked against it.
        if hasDiagnostics || done.page.kind == .quiz || done.page.kind == .questionnaire { return true }
        if !done.linkedPages.isDisjoint(with: delta.linkTargets) { return true }
        if done.page.kind == .term, !delta.linkTargets.isEmpty, definitionHasLinks() { return true }
        return false
    }

    /// Render step: the pages whose output can have changed. `termLinks` are the terms each page
    /// links to (`TransformedSite`), for the term pages that list a page as a backlink.
    static func plan(transformed: Set<String>, changes: DerivedChanges, delta: IndexDelta, renderAll forced: Bool,
                     renderedOnce: Bool, assembly: SiteAssembly, termLinks: [String: TransformedSite.TermLinks]) -> RenderPlan {
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
            if let path = assembly.glossary.terms[slug]?.contentPath { plan.pages.insert(path) }
        }
        for path in delta.displayChanged {
            plan.pages.formUnion(showing(path, assembly: assembly, backlinkedTerms: termLinks[path]?.backlinked ?? []))
        }
        if !changes.definitionSlugs.isEmpty {
            // The glossary overview shows every definition; other pages find them in the definitions
            // script, whose published name only the data script index names.
            plan.pages.insert(PageKind.glossaryFolder + "/_index.md")
        }
        return plan
    }

    /// The pages that show an ordinary page's title, description or place in its section: the
    /// section's page and pages (listing, pagers), the pages of the terms it links to
    /// (`backlinkedTerms`, numbers in `GlossaryIndex.numberedSlugs`), which list it as a backlink,
    /// and quizzes (whose questions link to pages).
    static func showing(_ path: String, assembly: SiteAssembly, backlinkedTerms: [Int]) -> Set<String> {
        guard let page = assembly.index.page(at: path) else { return [] }
        let glossary = assembly.glossary
        var result = Set(assembly.index.children(of: page.sectionPath).map(\.contentPath))
        if let section = assembly.index.sectionPage(page.sectionPath) { result.insert(section.contentPath) }
        result.formUnion(backlinkedTerms.compactMap { glossary.terms[glossary.numberedSlugs[$0]]?.contentPath })
        result.formUnion(assembly.quizzes.keys)
        return result
    }

    /// What changes outside the pages add: the sitemap shows every page's date and the config's
    /// settings; theme files and static files are copied again when they, or the config, changed
    /// (`changes` nil: anything may have changed).
    static func addOutsideContent(to plan: inout RenderPlan, configChanged: Bool, redated: Bool, themeTouched: Bool,
                                  changes: Set<String>?) {
        plan.siteFiles = plan.siteFiles || configChanged || redated
        plan.copies = plan.all || themeTouched || configChanged || (changes?.contains { path in
            path == "content" || (path.hasPrefix("content/") && !path.hasSuffix(".md"))
        } ?? true)
    }

    /// Every page names the theme's published files (`#kennisbank-assets`): a new name renders them all.
    static func renderAllForNewAssetNames(_ plan: inout RenderPlan) {
        plan.all = true
        plan.siteFiles = true
    }
}
