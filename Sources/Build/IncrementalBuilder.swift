import Content
import Foundation
import Search
import SiteModel
import Theme

/// The build pipeline for `kennisbank serve`: it keeps the previous build's state (sources with
/// their parsed pages, processed pages, the index, the theme, what pages derive from each other,
/// a ledger of the output folder) and, on a change, redoes only what the change affects. After any
/// sequence of rebuilds the output folder holds the bytes a full build (`SiteBuilder`) writes.
///
/// - Discover: re-reads only the paths a watcher reported (`changes`), or everything when nil.
/// - Parse: only new or changed Markdown files.
/// - Index: kept as it is when no changed file alters its input (summary, term or quiz front
///   matter, the set of pages); else built anew and compared with the old one (`IndexDelta`).
/// - Transform: changed pages, and unchanged pages whose link targets, glossary or quiz data
///   changed (the passes parse the body again, as in a full build).
/// - Render: every page after a template, config or site-wide index change; otherwise the
///   transformed pages, term pages whose backlinks changed, pages that show a changed definition.
///   Search documents, GIFT exports and term references are kept per page and redone with it.
/// - Write: only files whose bytes changed (`OutputLedger`).
///
/// Files keep their plain names (`BuildOptions.hashesAssetNames` is off): a content-hashed search
/// index would change the name every page refers to on almost every edit, and the dev server
/// forbids caching anyway. Pages whose last-change date from Git changed are rendered again.
///
/// Safe to call from any thread; calls run one at a time.
public final class IncrementalBuilder: @unchecked Sendable {
    public let options: BuildOptions
    let fileSystem: DiskFileSystem
    let history: any SourceHistory
    let lock = NSLock()

    var snapshot = ContentSnapshot()
    /// Content path -> the file as last parsed.
    var sources: [String: CachedSource] = [:]
    /// Root-relative path -> text, for quoting lines in diagnostics.
    var sourceTexts: [String: String] = [:]
    /// Loader diagnostics of the files that have any.
    var loaderDiagnostics: [String: [Diagnostic]] = [:]
    /// The config, theme and templates the cached pages were built with.
    var config: SiteConfig?
    var theme: Theme?
    var templates: TemplateRenderer?
    var templateTexts: [String: String] = [:]
    var assembly: SiteAssembly?
    /// Output files of every page of the index, for telling stale files from current ones.
    var pageOutputs: Set<String> = []

    /// Per page (content path) of the index: the processed page and what is derived from it.
    var processed: [String: ProcessedPage] = [:]
    var pageDiagnostics: [String: [Diagnostic]] = [:]
    var termLinks: [String: TermLinks] = [:]
    var searchDocuments: [String: SearchDocument] = [:]
    /// GIFT and QTI files of each quiz (content path).
    var quizExports: [String: [OutputFile]] = [:]
    /// Derived from all pages together, kept up to date page by page.
    var backlinkSets: [String: Set<String>] = [:]
    var backlinks: [String: [String]] = [:]
    var referenceCounts: [String: Int] = [:]
    var definitions: [String: String] = [:]
    var quizQuestionCounts: [String: Int] = [:]
    /// Paths of the site's own pages (search, 404, generated overviews) as last rendered.
    var extraPaths: [String] = []
    /// `sitemap.xml` and `robots.txt` when the site has a base URL.
    var crawlerPaths: Set<String> = []
    /// The source dates the pages were rendered with.
    var dates = SourceDates(byPath: [:], origin: "")
    /// Paths of the print editions as last rendered.
    var printPaths: [String] = []

    /// The search index needs writing; `searchGeneration` tells newer documents from older ones.
    var searchPending = false
    /// The index's files as last written, and the synonyms it was built with.
    var searchIndexPaths: Set<String> = []
    var searchSynonyms: [[String]] = []
    var searchGeneration = 0
    var ledger: OutputLedger
    /// False until the output folder was written once (and after a failed write).
    var wroteOutput = false
    /// True when a round stopped before reading its changes.
    var rescanNext = false

    /// The terms a page refers to: for backlinks (with links to itself) and as references.
    struct TermLinks: Equatable {
        var backlinked: Set<String>
        var referenced: Set<String>
    }

    /// The built-in theme's folder, which a dev server watches too when it lies outside the site.
    public var defaultThemeFolder: URL? {
        options.defaultThemeFolder ?? ThemeLocator.defaultThemeFolder()
    }

    /// Creates a builder for `options`, with dates from `history` (Git by default); nothing is
    /// read before the first `rebuild`.
    public init(options: BuildOptions, history: (any SourceHistory)? = nil) {
        var options = options
        options.hashesAssetNames = false
        self.options = options
        fileSystem = DiskFileSystem(root: options.root)
        self.history = history ?? GitHistory(root: options.root)
        ledger = OutputLedger(output: options.output)
    }

    /// Brings the output folder up to date. `changes` are root-relative paths that changed (files
    /// or folders below `content/`, `themes/`, or `kennisbank.yml`); nil means 'anything may have
    /// changed'. With `deferSearchIndex` a changed search index is left for `pendingSearchIndex()`,
    /// so that the pages reach the browser first.
    public func rebuild(changes: Set<String>? = nil, deferSearchIndex: Bool = false,
                        progress: @escaping (StepTiming) -> Void = { _ in }) -> RebuildReport {
        lock.lock()
        defer { lock.unlock() }
        var report = RebuildReport()
        var clock = StepClock(progress: progress)

        // 1. Configure
        let (newConfig, configDiagnostics) = SiteConfigLoader.load(from: fileSystem, baseURL: options.baseURL)
        report.result.diagnostics += configDiagnostics
        let configChanged = newConfig != config
        var templatesChanged = false
        let themeTouched = changes.map { $0.contains { !$0.hasPrefix("content/") && $0 != "content" } } ?? true
        if templates == nil || themeTouched || configChanged {
            do {
                let (newTheme, newTemplates) = try SiteBuilder(options: options, fileSystem: fileSystem).loadTheme(newConfig)
                let texts = newTheme.templates.mapValues(\.text)
                templatesChanged = templates == nil || texts != templateTexts
                (theme, templates, templateTexts) = (newTheme, newTemplates, texts)
            } catch {
                report.result.diagnostics.append(error as? Diagnostic
                    ?? .error(SourceLocation(file: "themes"), "cannot load the theme: \(error)"))
                templates = nil
                // The changes of this round were not read; the next round reads everything.
                rescanNext = true
                return report
            }
        }
        clock.finish(.configure, "theme '\(newConfig.theme)'", into: &report.result)

        // 2. Discover
        let touched: Set<String>?
        if let changes, snapshot.isLoaded, !rescanNext, !changes.contains("content") {
            touched = snapshot.update(changes, fileSystem: fileSystem)
        } else {
            snapshot.rescan(fileSystem)
            rescanNext = false
            touched = nil
        }
        report.result.diagnostics += snapshot.diagnostics
        let newDates = history.lastChanges()
        let redated = Set(newDates.byPath.keys).union(dates.byPath.keys).filter { newDates.byPath[$0] != dates.byPath[$0] }
        dates = newDates
        clock.finish(.discover, "\(snapshot.markdown.count) pages, \(snapshot.staticFiles.count) files; \(dates.origin)", into: &report.result)

        // 3. Parse
        let (parsed, previous) = parse(touched)
        report.parsedCount = parsed.count
        for diagnostics in loaderDiagnostics.values { report.result.diagnostics += diagnostics }
        clock.finish(.parse, "\(parsed.count) of \(snapshot.markdown.count) pages", into: &report.result)

        // 4. Index
        var delta = updateIndex(parsed: parsed, previous: previous)
        if configChanged {
            delta.retransformAll = true
            delta.rerenderAll = true
        }
        let assembly = self.assembly!
        report.result.diagnostics += assembly.diagnostics
        report.result.diagnostics += ReviewPass(config: newConfig, now: options.now)
            .unmatchedScopes(contentPaths: Array(snapshot.markdown.keys))
        clock.finish(.index, delta.rebuilt ? "\(assembly.index.pages.count) routes" : "unchanged", into: &report.result)

        // 5. Transform
        let transformed = transform(parsed: parsed, delta: delta, config: newConfig, assembly: assembly)
        config = newConfig
        let derived = updateDerived(transformed, all: delta.rebuilt, assembly: assembly)
        report.processedCount = transformed.count
        for diagnostics in pageDiagnostics.values { report.result.diagnostics += diagnostics }
        report.result.diagnostics += assembly.unreferencedTermWarnings(referenced: Set(referenceCounts.keys))
        clock.finish(.transform, "\(transformed.count) of \(processed.count) pages", into: &report.result)

        // 6. Render
        let redatedPages = Set(redated.compactMap { $0.hasPrefix("content/") ? String($0.dropFirst("content/".count)) : nil })
        let files = render(transformed.union(redatedPages.filter { processed[$0] != nil }), changes: derived, delta: delta,
                           renderAll: delta.rerenderAll || templatesChanged,
                           assembly: assembly,
                           deferSearchIndex: deferSearchIndex && wroteOutput, into: &report)
        clock.finish(.render, "\(report.renderedCount) pages", into: &report.result)

        // 7. Write
        write(files, into: &report)
        clock.finish(.write, "\(report.written.count) files", into: &report.result)

        report.result.sources = sourceTexts
        if let configText = try? fileSystem.text(at: SiteConfig.fileName) { report.result.sources[SiteConfig.fileName] = configText }
        report.result.pageCount = processed.count
        report.result.diagnostics.sort()
        return report
    }

    /// Parses new and changed Markdown files among `touched` (all when nil) and forgets removed
    /// ones. Returns the content paths parsed or removed, and their versions from before.
    private func parse(_ touched: Set<String>?) -> (Set<String>, [String: CachedSource]) {
        var candidates: [String]
        var previous: [String: CachedSource] = [:]
        if let touched {
            candidates = touched.sorted()
        } else {
            candidates = snapshot.markdown.keys.sorted()
            for path in sources.keys where snapshot.markdown[path] == nil { candidates.append(path) }
        }
        var changed: [(path: String, text: String)] = []
        var changedPaths: Set<String> = []
        for path in candidates {
            let text = snapshot.markdown[path]
            guard sources[path]?.text != text else { continue }
            changedPaths.insert(path)
            previous[path] = sources[path]
            if let text { changed.append((path, text)) } else {
                sources[path] = nil
                sourceTexts["content/" + path] = nil
                loaderDiagnostics[path] = nil
            }
        }
        let parsed = changed.parallelMap { CachedSource(contentPath: $0.path, text: $0.text) }
        for (item, source) in zip(changed, parsed) {
            sources[item.path] = source
            sourceTexts["content/" + item.path] = source.text
            loaderDiagnostics[item.path] = source.diagnostics.isEmpty ? nil : source.diagnostics
        }
        return (changedPaths, previous)
    }
}
