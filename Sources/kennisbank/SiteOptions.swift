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

    func buildOptions(output: String?) -> BuildOptions {
        let rootURL = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return BuildOptions(
            root: rootURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) },
            includeDrafts: drafts, strict: strict, buildDate: BuildOptions.sourceDateEpoch())
    }
}
