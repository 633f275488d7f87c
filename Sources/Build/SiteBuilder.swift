import Content
import Foundation
import FrontMatter
import Glossary
import Markdown
import Output
import Questionnaire
import Quiz
import SiteModel
import Theme

/// The build pipeline: configure, discover, parse, index, transform, render. Writing is a separate
/// step (`SiteBuilder.write`), so `kennisbank check` runs everything else and writes nothing.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    private let fileSystem: SiteFileSystem
    private let history: any SourceHistory

    /// Element ids the theme uses; heading ids avoid them.
    static let reservedIDs: Set<String> = ["inhoud", "zoekveld", "zoekstatus", "zoekresultaten", "begrip-definities",
                                           "hoofdmenu", "toc", "bronnen", "zoekpagina-veld", "quiz-score", "voetnoten"]

    /// The loader every build parses pages with.
    static let pageLoader = PageLoader(extraKeys: [.term: GlossaryTerm.keys, .quiz: Quiz.keys, .questionnaire: Questionnaire.keys], reservedIDs: reservedIDs)

    /// Creates a builder reading from disk below `options.root`, with dates from Git.
    public init(options: BuildOptions) {
        self.init(options: options, fileSystem: DiskFileSystem(root: options.root), history: GitHistory(root: options.root))
    }

    /// Creates a builder over any file system and history (tests build sites held in memory, by
    /// default without dates).
    public init(options: BuildOptions, fileSystem: SiteFileSystem, history: any SourceHistory = FixedSourceHistory()) {
        self.options = options
        self.fileSystem = fileSystem
        self.history = history
    }

    /// Runs every step but writing. `progress` receives each step's report line as it finishes.
    public func build(progress: @escaping (StepTiming) -> Void = { _ in }) -> BuildResult {
        var clock = StepClock(progress: progress)
        var (result, prepared) = prepare(clock: &clock)
        if let prepared {
            let rendered = prepared.output.render(prepared.processed)
            result.files = rendered.files
            result.copies = rendered.copies
            clock.finish(.render, "\(result.files.count) files", into: &result)
        }
        result.diagnostics.sort()
        return result
    }

    /// Builds the site and writes it to `options.output`, each file as soon as it is rendered, so a
    /// large site is never held in memory as a whole and writing overlaps rendering. Nothing is
    /// rendered or written when the build fails (errors, or warnings under `strict`); the
    /// previous site is only replaced at the very end. Throws when the output cannot be written.
    public func buildAndWrite(strict: Bool, progress: @escaping (StepTiming) -> Void = { _ in }) throws -> BuildResult {
        var clock = StepClock(progress: progress)
        var (result, prepared) = prepare(clock: &clock)
        result.diagnostics.sort()
        guard let prepared, !result.failed(strict: strict) else { return result }
        let staging = try SiteStaging(output: options.output)
        result.copies = try prepared.output.render(prepared.processed, writingTo: staging)
        result.writtenCount = staging.writtenCount
        clock.finish(.render, "\(staging.writtenCount) files, written as they were rendered", into: &result)
        try staging.commit(copies: result.copies)
        clock.finish(.write, "\(result.copies.count) copies, then the new site swapped in", into: &result)
        return result
    }

    /// What the steps before rendering produced.
    struct PreparedSite {
        let output: OutputAssembler
        let processed: [ProcessedPage]
    }

    /// Steps 1 to 5: configure, discover, parse, index, transform. Returns nil for the prepared site
    /// when the theme could not be loaded.
    func prepare(clock: inout StepClock) -> (BuildResult, PreparedSite?) {
        var result = BuildResult()

        // 1. Configure
        let (config, configDiagnostics) = SiteConfigLoader.load(from: fileSystem, baseURL: options.baseURL)
        result.diagnostics += configDiagnostics
        if case .given(let text, let origin) = options.baseURL { result.sources[origin] = text }
        let templates: TemplateRenderer
        let theme: Theme
        let assets: AssetManifest
        do {
            (theme, templates) = try loadTheme(config)
            assets = try AssetManifest.forTheme(theme, hashesNames: options.hashesAssetNames)
        } catch let diagnostic as Diagnostic {
            result.diagnostics.append(diagnostic)
            return (result, nil)
        } catch {
            result.diagnostics.append(.error(SourceLocation(file: "themes"), "cannot load the theme: \(error)"))
            return (result, nil)
        }
        clock.finish(.configure, "theme '\(config.theme)'", into: &result)

        // 2. Discover
        let discovery = ContentDiscovery(fileSystem: fileSystem)
        result.diagnostics += discovery.diagnostics
        for (path, text) in discovery.markdown { result.sources["content/" + path] = text }
        if let configText = try? fileSystem.text(at: SiteConfig.fileName) { result.sources[SiteConfig.fileName] = configText }
        let dates = history.lastChanges()
        clock.finish(.discover, "\(discovery.markdown.count) pages, \(discovery.staticFiles.count) files; \(dates.origin)", into: &result)

        // 3. Parse (in parallel; the cmark call itself is serialised inside the Markdown module).
        // The trees are kept for the transform step, which frees each one once its page is rendered:
        // parsing twice cost a quarter of the transform's CPU, keeping them about 150 MB at peak on
        // 10,000 pages (docs/benchmark.md).
        let loader = Self.pageLoader
        let loaded = discovery.markdown.parallelMap { file in
            loader.load(contentPath: file.path, text: file.text)
        }
        var pages: [Page] = []
        var drafts: Set<String> = []
        for outcome in loaded {
            result.diagnostics += outcome.diagnostics
            guard let page = outcome.page else { continue }
            if page.draft && !options.includeDrafts { drafts.insert(page.contentPath) } else { pages.append(page) }
        }
        clock.finish(.parse, "\(pages.count) pages", into: &result)

        // 4. Index
        let assembly = SiteAssembly(pages: pages, drafts: drafts, staticFiles: discovery.staticFiles)
        result.diagnostics += assembly.diagnostics
        let review = ReviewPass(config: config, now: options.now)
        result.diagnostics += review.unmatchedScopes(contentPaths: discovery.markdown.map(\.path))
        clock.finish(.index, "\(assembly.index.pages.count) routes, \(assembly.glossary.terms.count) terms, \(assembly.quizzes.count) quizzes, \(assembly.questionnaires.count) vragenlijsten", into: &result)

        // 5. Transform
        let processor = PageProcessor(index: assembly.index, glossary: assembly.glossary, config: config, quizzes: assembly.quizzes,
                                      review: review, questionnaires: assembly.questionnaires)
        let processed = assembly.pages.parallelMap { processor.process($0) }
        for page in processed { result.diagnostics += page.diagnostics }
        result.diagnostics += assembly.unreferencedTermWarnings(processed)
        result.pageCount = processed.count
        clock.finish(.transform, "\(processed.count) pages", into: &result)

        let output = OutputAssembler(config: config, options: options, assembly: assembly, templates: templates, theme: theme,
                                     assets: assets, dates: dates)
        return (result, PreparedSite(output: output, processed: processed))
    }

    /// Writes a successful build atomically to `options.output`.
    public func write(_ result: BuildResult, progress: (StepTiming) -> Void = { _ in }) throws {
        let start = DispatchTime.now()
        try SiteWriter(output: options.output).writeAtomically(files: result.files, copies: result.copies)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        progress(StepTiming(step: .write, detail: "\(result.files.count + result.copies.count) files", seconds: seconds))
    }

    func loadTheme(_ config: SiteConfig) throws -> (Theme, TemplateRenderer) {
        guard let defaultFolder = options.defaultThemeFolder ?? ThemeLocator.defaultThemeFolder() else {
            throw Diagnostic.error(SourceLocation(file: "themes/default"), "the default theme was not found",
                                   hint: "set KENNISBANK_THEME_DIR to the themes/default folder of the Kennisbank repository, or reinstall with 'make'")
        }
        let override = options.root.appendingPathComponent("themes").appendingPathComponent(config.theme)
        let theme = try Theme(defaultFolder: defaultFolder, overrideFolder: override.standardizedFileURL == defaultFolder.standardizedFileURL ? nil : override)
        return (theme, try TemplateRenderer(theme: theme))
    }
}

/// Measures steps and reports them as they finish.
struct StepClock {
    let progress: (StepTiming) -> Void
    private var start = DispatchTime.now()

    init(progress: @escaping (StepTiming) -> Void) { self.progress = progress }

    mutating func finish(_ step: BuildStep, _ detail: String, into result: inout BuildResult) {
        let now = DispatchTime.now()
        let timing = StepTiming(step: step, detail: detail, seconds: Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        result.timings.append(timing)
        progress(timing)
        start = now
    }
}
