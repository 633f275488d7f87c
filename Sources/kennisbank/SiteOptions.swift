import ArgumentParser
import Build
import Configuration
import Foundation
import Reporting

/// Options shared by the commands that build a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site root, holding content/ and optionally themes/ and kennisbank.yml.", valueName: "DIR"))
    var root: String = "."

    @Flag(name: .long, help: "Include pages marked 'draft: true'.")
    var drafts = false

    /// Warnings fail a run by default; the flag stays for scripts and pipelines that pass it.
    @Flag(name: .long, help: ArgumentHelp("Treat warnings as errors (the default).", visibility: .hidden))
    var strict = false

    @Flag(name: .long, help: "Print only problems and the verdict: no progress, no summary.")
    var quiet = false

    @Flag(name: .long, help: "Print the progress of every step, also when the output is not a terminal.")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("Show this many diagnostics in full and count the rest by kind.", valueName: "N"))
    var maxDiagnostics = DiagnosticFormatter.defaultLimit

    /// Progress lines are for a person watching: on a terminal, or when asked for.
    var showsProgress: Bool { verbose || (!quiet && Terminal.isTerminal) }

    /// The site root as a URL.
    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// The options for a build; `baseURL` is the `--base-url` value of the commands that publish.
    /// Warnings fail the build unless `allowWarnings` (a local preview, or `serve`).
    func buildOptions(output: String?, baseURL: String? = nil, allowWarnings: Bool = false) -> BuildOptions {
        var options = BuildOptions(
            root: rootURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) },
            includeDrafts: drafts, strict: !allowWarnings, buildDate: BuildOptions.sourceDateEpoch())
        options.baseURL = .from(option: baseURL, environment: ProcessInfo.processInfo.environment)
        return options
    }
}

/// The address a build publishes for, given per run.
struct BaseURLOption: ParsableArguments {
    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "The address the site is published under; overrides baseURL in kennisbank.yml and KENNISBANK_BASE_URL.",
        valueName: "URL"))
    var value: String?
}
