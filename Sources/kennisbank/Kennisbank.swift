import ArgumentParser

/// The `kennisbank` command: a thin front over the build library.
@main
struct Kennisbank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kennisbank",
        abstract: "Builds the I&D knowledge base: Markdown in content/ becomes a static training site.",
        discussion: """
        A site root holds content/ (Markdown with YAML front matter), optionally themes/ and \
        kennisbank.yml. Errors are printed as file:line:column with a hint on how to fix them.
        """,
        version: KennisbankVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, ResultsCommand.self],
        defaultSubcommand: BuildCommand.self)
}

/// The version shown by `--version`.
enum KennisbankVersion {
    static let number = "0.1.0"
    /// The version line, naming the allocator so a report shows which one ran.
    static var current: String {
        let mimalloc = Allocator.mimallocVersion
        return "\(number) (mimalloc \(mimalloc / 100).\(mimalloc / 10 % 10).\(mimalloc % 10))"
    }
}
