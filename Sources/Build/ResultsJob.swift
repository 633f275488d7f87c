import AnswerReading
import Configuration
import Foundation
import History
import Results
import SiteModel

/// `kennisbank resultaten`: loads the vragenlijst or quiz through the build's own steps (so the
/// answers are checked against the page exactly as the site shows it), reads the answer files it
/// is given and nothing else, and writes the report folder and nothing else.
public struct ResultsJob: Sendable {
    /// The site root.
    public var root: URL
    /// The vragenlijst or quiz file as the trainer named it (`content/vragenlijsten/x.md`), relative to `base`.
    public var page: String
    /// The answer files and folders of each group (the second only with `--vergelijk`), relative to `base`.
    public var groups: [[String]]
    /// Where relative paths start: the working folder.
    public var base: URL
    /// The report folder; `resultaten/<name>` in `base` when nil.
    public var output: String?
    public var minimumGroup: Int
    /// The built-in theme's folder; found automatically when nil.
    public var defaultThemeFolder: URL?

    /// What happened: diagnostics to print (with the texts they quote), and the report when made.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var sources: [String: String] = [:]
        public var report: ResultsReport?
        /// The report folder, when written.
        public var folder: URL?
        /// True when no report was written.
        public var failed: Bool { folder == nil }
    }

    /// Creates a job.
    public init(root: URL, page: String, groups: [[String]], base: URL, output: String? = nil, minimumGroup: Int = 5,
                defaultThemeFolder: URL? = nil) {
        self.root = root
        self.page = page
        self.groups = groups
        self.base = base
        self.output = output
        self.minimumGroup = minimumGroup
        self.defaultThemeFolder = defaultThemeFolder
    }

    /// Runs the job.
    public func run() -> Outcome {
        var outcome = Outcome()
        guard minimumGroup >= 1 else {
            outcome.diagnostics.append(.error(SourceLocation(file: "--min-groep"), .resultsMinimumGroup(minimumGroup), hint: .resultsMinimumGroupHint()))
            return outcome
        }
        if minimumGroup < 5 {
            outcome.diagnostics.append(.warning(SourceLocation(file: "--min-groep"), .resultsSmallGroups(minimumGroup), hint: .resultsSmallGroupsHint()))
        }
        let contentFolder = root.appendingPathComponent("content").standardizedFileURL.path + "/"
        let pageURL = (page.hasPrefix("/") ? URL(fileURLWithPath: page) : base.appendingPathComponent(page)).standardizedFileURL
        guard pageURL.path.hasPrefix(contentFolder), pageURL.path.hasSuffix(".md") else {
            outcome.diagnostics.append(.error(SourceLocation(file: page), .resultsNotAPage(page, folder: contentFolder), hint: .resultsNotAPageHint()))
            return outcome
        }
        let contentPath = String(pageURL.path.dropFirst(contentFolder.count))
        let options = BuildOptions(root: root, includeDrafts: true, defaultThemeFolder: defaultThemeFolder)
        let builder = SiteBuilder(options: options, fileSystem: DiskFileSystem(root: root), target: .discard, history: FixedSourceHistory())
        builder.stopsAfterTransform = true
        let build = builder.build()
        let pageFile = "content/" + contentPath
        // The site's other pages do not matter here; the config, the theme and this page do.
        let relevant = build.diagnostics.filter { $0.location.file == pageFile || $0.location.file == SiteConfig.fileName || $0.location.file.hasPrefix("themes") }
        outcome.sources = build.sources.filter { $0.key == pageFile || $0.key == SiteConfig.fileName }
        if relevant.hasErrors {
            outcome.diagnostics += relevant.filter { $0.severity == .error }
            outcome.diagnostics.append(.error(SourceLocation(file: pageFile), .resultsPageHasErrors(pageFile), hint: .resultsPageHasErrorsHint()))
            return outcome
        }
        guard let form = builder.answerForm(contentPath: contentPath) else {
            outcome.diagnostics.append(.error(SourceLocation(file: pageFile), .resultsNotAForm(pageFile), hint: .resultsNotAFormHint()))
            return outcome
        }
        var groups: [SubmissionGroup] = []
        for (index, paths) in self.groups.enumerated() where !paths.isEmpty {
            let collected = AnswerFileCollector.collect(paths, base: base)
            outcome.diagnostics += collected.errors
            for file in collected.files where (base.appendingPathComponent(file.name).standardizedFileURL.path + "/").hasPrefix(contentFolder) {
                outcome.diagnostics.append(.error(SourceLocation(file: file.name), .resultsAnswersInContent(), hint: .resultsAnswersInContentHint()))
                break
            }
            let reader = ExportReader(form: form)
            let read = collected.files.map(reader.read)
            // A left-out file's line is quoted under its warning.
            for (file, result) in zip(collected.files, read) {
                // Columns are counted after the byte-order mark, so the quoted line leaves it out too.
                let bytes = file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(file.bytes.dropFirst(3)) : file.bytes
                if case .failure = result, let text = String(validating: bytes, as: UTF8.self) { outcome.sources[file.name] = text }
            }
            groups.append(SubmissionGroup(name: Self.groupName(paths, index: index, comparing: self.groups.count > 1),
                                          read: read + collected.rejections.map { .failure($0) }))
        }
        if outcome.diagnostics.hasErrors { return outcome }
        if groups.count == 2, groups[0].name == groups[1].name {
            groups[0].name = "Groep 1"
            groups[1].name = "Groep 2"
        }
        for group in groups {
            outcome.diagnostics += group.rejections.map(\.diagnostic) + group.notes
        }
        if let empty = groups.first(where: { $0.counted.isEmpty }) {
            outcome.diagnostics.append(.error(SourceLocation(file: pageFile), .resultsNoAnswers(pageFile, group: groups.count > 1 ? empty.name : nil),
                                              hint: .resultsNoAnswersHint()))
            return outcome
        }
        let report = ResultsReport(form: form, rule: SmallGroupRule(minimum: minimumGroup), groups: groups,
                                   pageURL: builder.publishedURL(contentPath: contentPath))
        outcome.report = report
        let folder = (output.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : base.appendingPathComponent($0) }
            ?? base.appendingPathComponent("resultaten").appendingPathComponent(form.slug)).standardizedFileURL
        if let reason = ReportWriter.refusal(output: folder, siteRoot: root, siteOutput: options.output) {
            outcome.diagnostics.append(.error(SourceLocation(file: output ?? folder.path), .reportRefused(folder.path, reason: reason), hint: .reportRefusedHint()))
            return outcome
        }
        guard var files = builder.reportFiles(report) else { return outcome }
        files.append(OutputFile(path: "samenvatting.json", text: SummaryJSON.text(report)))
        files.append(OutputFile(path: "samenvatting.csv", text: SummaryCSV.text(report)))
        do {
            try ReportWriter.write(files, to: folder)
            outcome.folder = folder
        } catch {
            outcome.diagnostics.append(.error(SourceLocation(file: output ?? folder.path), error.message, hint: .reportWriteHint()))
        }
        return outcome
    }

    /// A group's name: its folder's name when it is one folder, else 'Groep 1' or 'Groep 2' ('Alle
    /// inzendingen' without a comparison).
    static func groupName(_ paths: [String], index: Int, comparing: Bool) -> String {
        if paths.count == 1, let last = paths[0].split(separator: "/").last, !paths[0].lowercased().hasSuffix(".json"),
           !paths[0].lowercased().hasSuffix(".csv"), !paths[0].lowercased().hasSuffix(".txt"), !paths[0].lowercased().hasSuffix(".eml"),
           last != ".", last != ".." {
            return String(last)
        }
        return comparing ? "Groep \(index + 1)" : "Alle inzendingen"
    }
}
