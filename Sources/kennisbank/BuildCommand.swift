import ArgumentParser
import Build
import Foundation

/// `kennisbank build`: builds the site into the output folder, replacing it only on success.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ into site/ (the previous site stays if the build fails).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/site).", valueName: "DIR"))
    var output: String?

    @OptionGroup var baseURL: BaseURLOption

    @Option(name: .long, help: ArgumentHelp(
        "A folder of PDF handouts made from an earlier build (scripts/handout.sh): each is published beside its print edition and linked from it.",
        valueName: "DIR"))
    var handouts: String?

    func run() throws {
        var options = site.buildOptions(output: output, baseURL: baseURL.value)
        options.handouts = handouts.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
        try BuildRunner.run(options: options, site: site, write: true)
    }
}

/// `kennisbank check`: every step and validation of a build, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the whole build and all validations without writing site/ (for pre-commit hooks and CI).")

    @OptionGroup var site: SiteOptions

    @OptionGroup var baseURL: BaseURLOption

    func run() throws {
        try BuildRunner.run(options: site.buildOptions(output: nil, baseURL: baseURL.value), site: site, write: false)
    }
}

/// Runs a build and prints its report; exits 1 when the build failed.
enum BuildRunner {
    static func run(options: BuildOptions, site: SiteOptions, write: Bool) throws {
        let quiet = site.quiet
        let start = Date()
        let builder = SiteBuilder(options: options, target: write ? .disk : .discard)
        builder.reusesUnchangedOutput = write
        let report: (StepTiming) -> Void = { timing in if !quiet { Terminal.out(timing.line) } }
        let result = builder.build(progress: report)
        if !result.diagnostics.isEmpty { Terminal.err(result.formattedDiagnostics(limit: site.maxDiagnostics)) }
        if let problem = result.writeError {
            Terminal.err("error: \(problem)")
            throw ExitCode(1)
        }
        if result.failed(strict: options.strict) {
            Terminal.err(write ? "Build failed; \(options.output.path) was left as it was." : "Check failed.")
            throw ExitCode(1)
        }
        if !quiet {
            let seconds = Date().timeIntervalSince(start)
            if result.unchanged {
                Terminal.out(String(format: "Nothing changed since the last build (%.2f s): %@ is up to date", seconds, options.output.path))
            } else if write {
                Terminal.out(String(format: "Built %d pages in %.2f s -> %@ (%d files written, %d removed)", result.pageCount, seconds,
                                    options.output.path, result.written.count, result.removed.count))
            } else {
                Terminal.out(String(format: "Checked %d pages in %.2f s", result.pageCount, seconds))
            }
        }
    }
}
