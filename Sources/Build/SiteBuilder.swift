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
import Synchronization
import Theme

/// The build engine behind `build`, `check` and `serve`: seven named steps (`BuildStep`) that keep
/// what they made between builds and, when told what changed, redo only what the change affects.
/// A first build is the same steps starting from nothing.
///
/// Each step takes what the earlier ones made as parameters and returns its own value; `run` threads
/// them, and what incremental rebuilds need is kept between builds as those values (`BuilderState`).
///
/// - Configure (`ConfiguredSite`): the config, theme and templates; kept while they do not change.
/// - Discover (`ContentSnapshot`, `SourceDates`): reads `content/` (all of it, or only the paths a
///   watcher reported). A builder that `reusesUnchangedOutput` stops here when the inputs are those
///   the output folder was written from (`InputFingerprint`, `SiteWriter.unchanged`).
/// - Parse (`ParsedSources`): only new or changed Markdown files.
/// - Index (`IndexedSite`): kept as it is when no changed file alters its input (summary, term or
///   quiz front matter, the set of pages); else built anew and compared with the old one (`IndexDelta`).
/// - Transform (`TransformedSite`): changed pages, and unchanged pages whose link targets, glossary
///   or quiz data changed.
/// - Render (`RenderedSite`): every page after a template, config or site-wide index change;
///   otherwise what `RebuildRules.plan` names; and the site-wide files (`OutputAssembler.siteFiles`).
///   Nothing when the build failed: what it would have rendered waits for the next build.
/// - Write: each file as soon as it is rendered, only when its bytes changed (`SiteWriter`); then
///   files no longer made are removed.
///
/// Safe to call from any thread; builds run one at a time. What the steps made is kept between
/// builds as the values they return (`BuilderState`), in a `Mutex`: the compiler checks that no
/// two builds touch it at once.
public final class SiteBuilder: Sendable {
    public let options: BuildOptions
    let fileSystem: SiteFileSystem
    let history: any SourceHistory
    let target: OutputTarget
    /// Writes the output folder with `OutputTarget.folder`.
    let writer: SiteWriter?
    let state = Mutex(BuilderState())

    /// Lets the first build stop after discovering when nothing changed since the output folder
    /// was written. Only for a builder used once: its pages are then never loaded.
    public var reusesUnchangedOutput: Bool {
        get { state.withLock { $0.reusesUnchangedOutput } }
        set { state.withLock { $0.reusesUnchangedOutput = newValue } }
    }
    /// Stops every build after the transform step: the pages are processed and checked, nothing
    /// is rendered (`kennisbank resultaten` needs one processed page, not the site).
    public var stopsAfterTransform: Bool {
        get { state.withLock { $0.stopsAfterTransform } }
        set { state.withLock { $0.stopsAfterTransform = newValue } }
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
        state.withLock { state in
            var result = BuildResult()
            run(&state, changes: changes, deferSlowFiles: deferSlowFiles, progress: progress, into: &result)
            for (path, text) in state.parsed.sourceTexts { result.sources[path] = text }
            if let configText = try? fileSystem.text(at: SiteConfig.fileName) { result.sources[SiteConfig.fileName] = configText }
            // A base URL given for this run is quoted like a file in its diagnostics.
            if case .given(let text, let origin) = options.baseURL { result.sources[origin] = text }
            result.diagnostics.sort()
            return result
        }
    }

    /// The seven steps: each takes what the earlier ones made and returns (or updates in `state`) what it makes.
    private func run(_ state: inout BuilderState, changes: Set<String>?, deferSlowFiles: Bool,
                     progress: @escaping (StepTiming) -> Void, into result: inout BuildResult) {
        var clock = StepClock(progress: progress)

        // 1. Configure
        let (config, configDiagnostics) = SiteConfigLoader.load(from: fileSystem, baseURL: options.baseURL)
        result.language = Language(code: config.language)
        clock.language = result.language
        result.diagnostics += configDiagnostics
        if let note = SiteConfigLoader.editLinkNote(config, fileSystem: fileSystem) { result.diagnostics.append(note) }
        let configChanged = config != state.transformed.config
        let themeTouched = changes.map { $0.contains { !$0.hasPrefix("content/") && $0 != "content" } } ?? true
        let configured: ConfiguredSite
        var templatesChanged = false
        if let kept = state.configured, !themeTouched, !configChanged {
            configured = kept
        } else {
            guard let loaded = configure(config, into: &result) else {
                state.configured = nil
                // The changes of this build were not read; the next one reads everything.
                state.rescanNext = true
                return
            }
            templatesChanged = loaded.rendersDifferently(from: state.configured)
            (configured, state.configured) = (loaded, loaded)
        }
        // A link in a theme folder is left out of the theme and fails the build; the rest still runs,
        // so that every error is reported at once.
        result.diagnostics += configured.themeRefusals
        clock.finish(.configure, .stepConfigure(theme: config.theme), into: &result)

        // 2. Discover
        let (touched, redated) = discover(&state, changes: changes, unsafe: config.unsafe, into: &result)
        var fingerprint: ContentHash?
        if state.reusesUnchangedOutput, let writer, !result.diagnostics.hasErrors {
            let made = InputFingerprint.make(options: options, fileSystem: fileSystem, theme: configured.theme,
                                             snapshot: state.snapshot, dates: state.dates)
            fingerprint = made
            if !state.rendered.renderedOnce, let known = writer.unchanged(inputs: made) {
                result.unchanged = true
                // The same inputs give the same diagnostics, config and discovery ones included.
                result.diagnostics = known.diagnostics
                for (path, text) in state.snapshot.markdown { result.sources["content/" + path] = text }
            }
        }
        clock.finish(.discover, .stepDiscover(pages: state.snapshot.markdown.count, files: state.snapshot.staticFiles.count,
                                              dates: state.dates.origin, unchanged: result.unchanged), into: &result)
        if result.unchanged { return }

        // 3. Parse
        let (parsed, previous) = state.parsed.parse(touched, snapshot: state.snapshot)
        result.parsedCount = parsed.count
        for diagnostics in state.parsed.loaderDiagnostics.values { result.diagnostics += diagnostics }
        clock.finish(.parse, .stepParse(parsed: parsed.count, of: state.snapshot.markdown.count), into: &result)

        // 4. Index
        var indexed = index(parsed: parsed, previous: previous, sources: state.parsed, snapshot: state.snapshot,
                            old: state.assembly, config: config, into: &result)
        state.assembly = indexed.assembly
        if configChanged {
            indexed.delta.retransformAll = true
            indexed.delta.rerenderAll = true
        }
        let (assembly, delta) = (indexed.assembly, indexed.delta)
        clock.finish(.index, delta.rebuilt ? .stepIndex(routes: assembly.index.pages.count, terms: assembly.glossary.terms.count,
                                                        quizzes: assembly.quizzes.count, questionnaires: assembly.questionnaires.count)
                                           : .stepIndexUnchanged(), into: &result)

        // 5. Transform
        let transformed = transform(parsed: parsed, delta: delta, config: config, assembly: assembly, sources: state.parsed,
                                    into: &state.transformed)
        state.transformed.config = config
        let (derived, removed) = state.transformed.updateDerived(transformed, all: delta.rebuilt, assembly: assembly)
        state.rendered.forget(removed)
        let pages = state.transformed
        result.processedCount = transformed.count
        result.pageCount = pages.processed.count
        for diagnostics in pages.pageDiagnostics.values { result.diagnostics += diagnostics }
        result.diagnostics += assembly.unreferencedTermWarnings(referenced: Set(pages.referenceCounts.keys))
        result.diagnostics += RenamedFolderNote.notes(for: result.diagnostics, index: assembly.index)
        clock.finish(.transform, .stepTransform(done: transformed.count, of: pages.processed.count), into: &result)

        if state.stopsAfterTransform { return }

        // 6. Render and 7. Write
        // Pages show the date their file last changed.
        let redatedPages = redated.compactMap { $0.hasPrefix("content/") ? String($0.dropFirst("content/".count)) : nil }
            .filter { pages.processed[$0] != nil }
        var plan = RebuildRules.plan(transformed: transformed.union(redatedPages), changes: derived, delta: delta,
                                     renderAll: delta.rerenderAll || templatesChanged, renderedOnce: state.rendered.renderedOnce,
                                     assembly: assembly, termLinks: pages.termLinks)
        RebuildRules.addOutsideContent(to: &plan, configChanged: configChanged, redated: !redated.isEmpty, themeTouched: themeTouched,
                                       changes: changes)
        plan.merge(state.rendered.pendingRender)
        if result.failed(strict: options.strict) {
            state.rendered.pendingRender = plan
            clock.finish(.render, .stepRenderSkipped(), into: &result)
            return
        }
        state.rendered.pendingRender = RenderPlan()
        let inputs = RenderInputs(configured: configured, config: config, indexed: indexed, pages: pages, dates: state.dates)
        render(plan, inputs, into: &state.rendered, deferSlowFiles: deferSlowFiles && state.rendered.renderedOnce,
               fingerprint: fingerprint, clock: &clock, result: &result)
    }
}

