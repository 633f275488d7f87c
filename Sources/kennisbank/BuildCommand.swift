import ArgumentParser
import Build
import Configuration
import Foundation
import SiteModel

/// `kennisbank build`: builds the site into the output folder, replacing it only on success.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ into site/; a warning fails it, as in the pipeline (the previous site stays).",
        discussion: """
        --allow-warnings builds a local preview despite warnings; 'kennisbank check' and the pipeline \
        still refuse the site until they are fixed.
        """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/site).", valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "Build despite warnings, for a local preview (check and the pipeline still fail on them).")
    var allowWarnings = false

    @OptionGroup var baseURL: BaseURLOption

    @Option(name: .long, help: ArgumentHelp(
        "A folder of PDF handouts made from an earlier build (scripts/handout.sh): each is published beside its print edition and linked from it.",
        valueName: "DIR"))
    var handouts: String?

    func run() throws {
        var options = site.buildOptions(output: output, baseURL: baseURL.value, allowWarnings: allowWarnings)
        options.handouts = handouts.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
        try BuildRunner.run(options: options, site: site, write: true)
    }
}

/// `kennisbank check`: every step and validation of a build, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every page as the pipeline does, without writing site/; errors and warnings both fail it.")

    @OptionGroup var site: SiteOptions

    @OptionGroup var baseURL: BaseURLOption

    func run() throws {
        try BuildRunner.run(options: site.buildOptions(output: nil, baseURL: baseURL.value), site: site, write: false)
    }
}

/// Runs a build and prints its report in the site's language; exits 1 when the build failed.
/// One verdict: warnings fail `check` and `build` as they fail the pipeline, unless a preview
/// build allows them; the last line says which, and never '0 errors' for a run that failed.
enum BuildRunner {
    static func run(options: BuildOptions, site: SiteOptions, write: Bool) throws {
        let start = Date()
        let hadSite = FileManager.default.fileExists(atPath: options.output.appendingPathComponent(".kennisbank-site").path)
        let builder = SiteBuilder(options: options, target: write ? .disk : .discard)
        builder.reusesUnchangedOutput = write
        let progress = site.showsProgress
        let result = builder.build(progress: { timing in if progress { Terminal.out(timing.line) } })
        // The process ends after the report: freeing what the builder keeps (every parsed and rendered
        // page) one object at a time took 0.15 s of a 10,000-page build on one core, so it is never freed.
        _ = Unmanaged.passRetained(builder)
        let language = result.language
        if !result.diagnostics.isEmpty { Terminal.err(result.formattedDiagnostics(limit: site.maxDiagnostics, summary: false)) }
        let warnings = result.diagnostics.warningCount
        if result.failed(strict: options.strict) {
            let counts = Message.failingCounts(errors: result.diagnostics.errorCount, warnings: options.strict ? warnings : 0)
            let output = Self.shown(options.output)
            // A write that failed halfway (a full disk) has changed the folder: say so, not 'left as it was'.
            let verdict: Message = result.writeError?.id == .writeFailed ? .buildFailedWhileWriting(counts, output: output)
                : write ? .buildFailed(counts, output: output, hadSite: hadSite) : .checkFailed(counts)
            Terminal.err(verdict.text(language))
            throw ExitCode(1)
        }
        guard !site.quiet else { return }
        let seconds = Date().timeIntervalSince(start)
        let output = Self.shown(options.output)
        if result.unchanged {
            Terminal.out(Message.unchanged(seconds: seconds, output: output).text(language))
        } else if write {
            Terminal.out(Message.built(pages: result.pageCount, seconds: seconds, output: output, written: result.written.count,
                                       removed: result.removed.count).text(language))
        } else {
            Terminal.out(Message.checkPassed(pages: result.pageCount, seconds: seconds).text(language))
        }
        if warnings > 0 { Terminal.out(Message.warningsAllowed(warnings).text(language)) }
    }

    /// A folder as the person typed it: relative to the current folder when it lies below it.
    static func shown(_ folder: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return folder.path.hasPrefix(current) ? String(folder.path.dropFirst(current.count)) : folder.path
    }
}
