import Configuration
import Content
import Discovery
import Foundation
import Glossary
import History
import Output
import Pages
import Print
import Questionnaire
import Quiz
import Rendering
import Search
import SiteModel
import Theme

/// The build engine behind `build`, `check` and `serve`: seven named steps (`BuildStep`) that keep
/// what they made between builds and, when told what changed, redo only what the change affects.
/// A first build is the same steps starting from nothing.
///
/// - Configure: the config, theme and templates; kept while they do not change.
/// - Discover: reads `content/` (all of it, or only the paths a watcher reported). A builder that
///   `reusesUnchangedOutput` stops here when the inputs are those the output folder was written
///   from (`InputFingerprint`, `SiteWriter.unchanged`).
/// - Parse: only new or changed Markdown files.
/// - Index: kept as it is when no changed file alters its input (summary, term or quiz front
///   matter, the set of pages); else built anew and compared with the old one (`IndexDelta`).
/// - Transform: changed pages, and unchanged pages whose link targets, glossary or quiz data
///   changed.
/// - Render: every page after a template, config or site-wide index change; otherwise the
///   transformed pages, term pages whose backlinks changed, pages that show a changed definition;
///   and the site-wide files (`OutputAssembler.siteFiles`). Nothing when the build failed: what it
///   would have rendered waits for the next build.
/// - Write: each file as soon as it is rendered, only when its bytes changed (`SiteWriter`); then
///   files no longer made are removed.
///
/// Safe to call from any thread; builds run one at a time.
///
/// Unchecked `Sendable`: its state (about forty properties kept between builds) is only touched by `build` and
/// `deferredFiles`, which hold `lock` for the whole call, so builds never overlap. Replacing this with
/// step outputs the compiler can check is open work (docs/ARCHITECTURE.md).
public final class SiteBuilder: @unchecked Sendable {
    public let options: BuildOptions
    let fileSystem: SiteFileSystem
    let history: any SourceHistory
    let target: OutputTarget
    /// Writes the output folder with `OutputTarget.folder`.
    let writer: SiteWriter?
    /// Lets the first build stop after discovering when nothing changed since the output folder
    /// was written. Only for a builder used once: its pages are then never loaded.
    public var reusesUnchangedOutput = false
    /// Stops every build after the transform step: the pages are processed and checked, nothing
    /// is rendered (`kennisbank resultaten` needs one processed page, not the site).
    public var stopsAfterTransform = false
    let lock = NSLock()

    /// Element ids the theme uses; heading ids avoid them.
    static let reservedIDs: Set<String> = ["inhoud", "zoekveld", "zoekstatus", "zoekresultaten", "begrip-definities",
                                           "hoofdmenu", "toc", "bronnen", "zoekpagina-veld", "quiz-score", "voetnoten"]

    /// The loader every build parses pages with.
    static let pageLoader = PageLoader(extraKeys: [.term: GlossaryTerm.keys, .quiz: Quiz.keys, .questionnaire: Questionnaire.keys],
                                       reservedIDs: reservedIDs)

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
    /// Links and FIFOs in the theme folders as the theme was last loaded (never read; errors).
    var themeRefusals: [Diagnostic] = []
    /// The theme's CSS and JavaScript by published name (`AssetManifest`), made with the theme.
    var themeAssets: AssetManifest?
    /// The source dates the pages were last rendered with.
    var dates = SourceDates(byPath: [:], origin: .noDates())
    var assembly: SiteAssembly?

    /// Per page (content path) of the index: the processed page and what is derived from it.
    var processed: [String: ProcessedPage] = [:]
    var pageDiagnostics: [String: [Diagnostic]] = [:]
    var termLinks: [String: TermLinks] = [:]
    var searchDocuments: [String: SearchDocument] = [:]
    /// Output paths of each page's files, as last rendered, and all of them together.
    var pageOutputs: [String: [String]] = [:]
    var pageOutputPaths: Set<String> = []
    /// Output paths of the site-wide files and of the copies, as last made.
    var siteOutputs: Set<String> = []
    var copyOutputs: Set<String> = []
    /// Output paths of the print editions as last made.
    var printOutputs: Set<String> = []
    /// The glossary's definitions script as last made, under its plain path.
    var definitionsScript: OutputFile?
    /// The search index's entry as last made (plain path), and the paths of its files as written.
    var searchEntry: OutputFile?
    var searchIndexOutputs: Set<String> = []
    /// The synonyms the search index was last made with.
    var searchSynonyms: [[String]] = []
    /// The published names the pages were last rendered with; nil before the first render.
    var renderedAssets: AssetManifest?
    /// Derived from all pages together, kept up to date page by page.
    var backlinkSets: [String: Set<String>] = [:]
    var backlinks: [String: [String]] = [:]
    var referenceCounts: [String: Int] = [:]
    var definitions: [String: String] = [:]
    var quizQuestionCounts: [String: Int] = [:]

    /// What earlier builds should have rendered but did not, because they failed.
    var pendingRender = RenderPlan()
    /// The search index needs writing; `searchGeneration` tells newer documents from older ones.
    var searchPending = false
    var searchGeneration = 0
    /// What deferred print editions are made from (`DeferredFiles`); `printGeneration` tells newer from older.
    var pendingPrint: (output: OutputAssembler, renderer: SiteRenderer)?
    var printGeneration = 0
    /// False until the site was rendered once (and after a failed write).
    var renderedOnce = false
    /// The PDF handouts of `options.handouts` that belong to the site's print editions.
    var handouts = HandoutFiles()
    /// True when a build stopped before reading its changes.
    var rescanNext = false

    /// The terms a page refers to: for backlinks (with links to itself) and as references; term
    /// numbers, valid while the index is not built anew (then they are all made again).
    struct TermLinks: Equatable {
        var backlinked: [Int]
        var referenced: [Int]
    }

    /// The built-in theme's folder, which a dev server watches too when it lies outside the site.
    public var defaultThemeFolder: URL? {
        options.defaultThemeFolder ?? ThemeLocator.defaultThemeFolder()
    }

    /// Creates a builder reading from disk below `options.root` and writing `options.output`, with
    /// dates from `history` (Git by default).
    public convenience init(options: BuildOptions, target: OutputTarget = .disk, history: (any SourceHistory)? = nil) {
        self.init(options: options, fileSystem: DiskFileSystem(root: options.root), target: target,
                  history: history ?? GitHistory(root: options.root))
    }

    /// Creates a builder over any file system and history (tests build sites held in memory, by
    /// default without dates).
    public init(options: BuildOptions, fileSystem: SiteFileSystem, target: OutputTarget = .memory,
                history: any SourceHistory = FixedSourceHistory()) {
        self.options = options
        self.fileSystem = fileSystem
        self.history = history
        self.target = target
        if case .folder(let disk) = target { writer = SiteWriter(output: options.output, fileSystem: disk) } else { writer = nil }
    }

    /// Brings the output up to date. `changes` are root-relative paths that changed (files or
    /// folders below `content/`, `themes/`, or `kennisbank.yml`); nil means 'anything may have
    /// changed'. With `deferSlowFiles` a changed search index and the print editions are left for
    /// `deferredFiles()` when file names are plain, so that the pages reach the browser first.
    public func build(changes: Set<String>? = nil, deferSlowFiles: Bool = false,
                      progress: @escaping (StepTiming) -> Void = { _ in }) -> BuildResult {
        lock.lock()
        defer { lock.unlock() }
        var result = BuildResult()
        run(changes: changes, deferSlowFiles: deferSlowFiles, progress: progress, into: &result)
        for (path, text) in sourceTexts { result.sources[path] = text }
        if let configText = try? fileSystem.text(at: SiteConfig.fileName) { result.sources[SiteConfig.fileName] = configText }
        // A base URL given for this run is quoted like a file in its diagnostics.
        if case .given(let text, let origin) = options.baseURL { result.sources[origin] = text }
        result.diagnostics.sort()
        return result
    }

    private func run(changes: Set<String>?, deferSlowFiles: Bool, progress: @escaping (StepTiming) -> Void,
                     into result: inout BuildResult) {
        var clock = StepClock(progress: progress)

        // 1. Configure
        let (newConfig, configDiagnostics) = SiteConfigLoader.load(from: fileSystem, baseURL: options.baseURL)
        result.language = Language(code: newConfig.language)
        clock.language = result.language
        result.diagnostics += configDiagnostics
        if let note = SiteConfigLoader.editLinkNote(newConfig, fileSystem: fileSystem) { result.diagnostics.append(note) }
        let configChanged = newConfig != config
        var templatesChanged = false
        let themeTouched = changes.map { $0.contains { !$0.hasPrefix("content/") && $0 != "content" } } ?? true
        if templates == nil || themeTouched || configChanged {
            do {
                let (newTheme, newTemplates) = try loadTheme(newConfig)
                themeRefusals = newTheme.refused
                var assets = try AssetManifest.forTheme(newTheme, hashesNames: options.hashesAssetNames)
                for file in InterfaceTextsScript.files {
                    assets.add(file.path) { InterfaceTextsScript.bytes(newTemplates.texts, file) }
                }
                let texts = newTheme.templates.mapValues(\.text)
                // Interface texts count too: without hashed names (serve) the texts script keeps its name.
                templatesChanged = templates == nil || texts != templateTexts || assets != themeAssets
                    || newTemplates.texts != templates?.texts
                (theme, templates, templateTexts, themeAssets) = (newTheme, newTemplates, texts, assets)
            } catch let failure as InterfaceTextsLoader.Failure {
                result.diagnostics += failure.diagnostics
                templates = nil
                rescanNext = true
                return
            } catch {
                result.diagnostics.append(error as? Diagnostic
                    ?? .error(SourceLocation(file: "themes"), .themeUnreadable("\(error)")))
                templates = nil
                // The changes of this build were not read; the next one reads everything.
                rescanNext = true
                return
            }
        }
        // A link in a theme folder is left out of the theme and fails the build; the rest still runs,
        // so that every error is reported at once.
        result.diagnostics += themeRefusals
        clock.finish(.configure, .stepConfigure(theme: newConfig.theme), into: &result)

        // 2. Discover
        let touched: Set<String>?
        if let changes, snapshot.isLoaded, !rescanNext, !changes.contains("content") {
            touched = snapshot.update(changes, fileSystem: fileSystem)
        } else {
            snapshot.rescan(fileSystem)
            rescanNext = false
            touched = nil
        }
        result.diagnostics += snapshot.diagnostics(unsafe: newConfig.unsafe)
        let newDates = history.lastChanges()
        let redated = Set(newDates.byPath.keys).union(dates.byPath.keys).filter { newDates.byPath[$0] != dates.byPath[$0] }
        dates = newDates
        var inputs: ContentHash?
        if reusesUnchangedOutput, let writer, let theme, !result.diagnostics.hasErrors {
            inputs = InputFingerprint.make(options: options, fileSystem: fileSystem, theme: theme, snapshot: snapshot, dates: dates)
            if !renderedOnce, let known = writer.unchanged(inputs: inputs!) {
                result.unchanged = true
                // The same inputs give the same diagnostics, config and discovery ones included.
                result.diagnostics = known.diagnostics
                for (path, text) in snapshot.markdown { result.sources["content/" + path] = text }
                clock.finish(.discover, .stepDiscover(pages: snapshot.markdown.count, files: snapshot.staticFiles.count, dates: dates.origin,
                                                      unchanged: true), into: &result)
                return
            }
        }
        clock.finish(.discover, .stepDiscover(pages: snapshot.markdown.count, files: snapshot.staticFiles.count, dates: dates.origin,
                                              unchanged: false), into: &result)

        // 3. Parse
        let (parsed, previous) = parse(touched)
        result.parsedCount = parsed.count
        for diagnostics in loaderDiagnostics.values { result.diagnostics += diagnostics }
        clock.finish(.parse, .stepParse(parsed: parsed.count, of: snapshot.markdown.count), into: &result)

        // 4. Index
        var delta = updateIndex(parsed: parsed, previous: previous)
        if configChanged {
            delta.retransformAll = true
            delta.rerenderAll = true
        }
        let assembly = self.assembly!
        result.diagnostics += assembly.diagnostics
        result.diagnostics += ReviewPass(config: newConfig, now: options.now).unmatchedScopes(contentPaths: Array(snapshot.markdown.keys))
        if options.handouts != nil {
            let found = HandoutFiles.find(in: options.handouts, editions: newConfig.print ? PrintEdition.all(in: assembly.index) : [])
            handouts = found.0
            result.diagnostics += found.1
        }
        clock.finish(.index, delta.rebuilt ? .stepIndex(routes: assembly.index.pages.count, terms: assembly.glossary.terms.count,
                                                        quizzes: assembly.quizzes.count, questionnaires: assembly.questionnaires.count)
                                           : .stepIndexUnchanged(), into: &result)

        // 5. Transform
        let transformed = transform(parsed: parsed, delta: delta, config: newConfig, assembly: assembly)
        config = newConfig
        let derived = updateDerived(transformed, all: delta.rebuilt, assembly: assembly)
        result.processedCount = transformed.count
        result.pageCount = processed.count
        for diagnostics in pageDiagnostics.values { result.diagnostics += diagnostics }
        result.diagnostics += assembly.unreferencedTermWarnings(referenced: Set(referenceCounts.keys))
        result.diagnostics += RenamedFolderNote.notes(for: result.diagnostics, index: assembly.index)
        clock.finish(.transform, .stepTransform(done: transformed.count, of: processed.count), into: &result)

        if stopsAfterTransform { return }

        // 6. Render and 7. Write
        // Pages show the date their file last changed.
        let redatedPages = redated.compactMap { $0.hasPrefix("content/") ? String($0.dropFirst("content/".count)) : nil }
            .filter { processed[$0] != nil }
        let glossary = assembly.glossary
        var plan = RebuildRules.plan(transformed: transformed.union(redatedPages), changes: derived, delta: delta,
                                     renderAll: delta.rerenderAll || templatesChanged, renderedOnce: renderedOnce,
                                     termPage: { glossary.terms[$0]?.contentPath }, showing: { path in
            let terms = (self.termLinks[path]?.backlinked ?? []).compactMap { glossary.terms[glossary.numberedSlugs[$0]]?.contentPath }
            return RebuildRules.showing(path, assembly: assembly, backlinkedTerms: terms)
        })
        RebuildRules.addOutsideContent(to: &plan, configChanged: configChanged, redated: !redated.isEmpty, themeTouched: themeTouched,
                                       changes: changes)
        plan.merge(pendingRender)
        if result.failed(strict: options.strict) {
            pendingRender = plan
            clock.finish(.render, .stepRenderSkipped(), into: &result)
            return
        }
        pendingRender = RenderPlan()
        render(plan, assembly: assembly, deferSlowFiles: deferSlowFiles && renderedOnce, inputs: inputs,
               clock: &clock, into: &result)
    }

    func loadTheme(_ config: SiteConfig) throws -> (Theme, TemplateRenderer) {
        guard let defaultFolder = defaultThemeFolder else {
            throw Diagnostic.error(SourceLocation(file: "themes/default"), .defaultThemeMissing(), hint: .defaultThemeMissingHint())
        }
        let override = options.root.appendingPathComponent("themes").appendingPathComponent(config.theme)
        let theme = try Theme(defaultFolder: defaultFolder, overrideFolder: override.standardizedFileURL == defaultFolder.standardizedFileURL ? nil : override,
                              siteRoot: options.root)
        return (theme, try TemplateRenderer(theme: theme, texts: InterfaceTextsLoader.load(theme, config: config)))
    }
}

/// Measures steps and reports them as they finish.
struct StepClock {
    let progress: (StepTiming) -> Void
    private var start = DispatchTime.now()
    /// The site's language, known once the config is read.
    var language: Language = .dutch

    init(progress: @escaping (StepTiming) -> Void) { self.progress = progress }

    mutating func finish(_ step: BuildStep, _ detail: Message, into result: inout BuildResult) {
        let now = DispatchTime.now()
        let timing = StepTiming(step: step, detail: detail, seconds: Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9,
                                language: language)
        result.timings.append(timing)
        progress(timing)
        start = now
    }
}
