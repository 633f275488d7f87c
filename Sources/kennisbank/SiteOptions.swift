import ArgumentParser
import Build
import Foundation

/// Options shared by the commands that build a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site root, holding content/ and optionally themes/ and kennisbank.yml.", valueName: "DIR"))
    var root: String = "."

    @Flag(name: .long, help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print only diagnostics, no progress.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Show this many diagnostics in full and count the rest by kind.", valueName: "N"))
    var maxDiagnostics = DiagnosticFormatter.defaultLimit

    /// The options for a build; `baseURL` is the `--base-url` value of the commands that publish.
    func buildOptions(output: String?, baseURL: String? = nil) -> BuildOptions {
        let rootURL = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var options = BuildOptions(
            root: rootURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) },
            includeDrafts: drafts, strict: strict, buildDate: BuildOptions.sourceDateEpoch())
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
