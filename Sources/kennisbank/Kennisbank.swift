import ArgumentParser

/// The `kennisbank` command: a thin front over the build library.
@main
struct Kennisbank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kennisbank",
        abstract: "Turns Markdown in content/ into an accessible training website with a glossary, quizzes, vragenlijsten and offline search.",
        discussion: """
        Trainers write pages, terms (begrippen) and quizzes (toetsen) as Markdown files with YAML front \
        matter in content/; kennisbank checks every page and link and says in plain words what to fix, \
        then makes the website in site/ (it opens from a folder, or on any web server).

        Most used:
          kennisbank serve          show the site at http://127.0.0.1:8000, live
          kennisbank check          check everything, as the pipeline does
          kennisbank new page PATH  start a page (also: term, quiz, vragenlijst)
          kennisbank build          make the website in site/

        Messages are in Dutch for a site whose kennisbank.yml says 'language: nl', in English otherwise. \
        Each names file:line:column and ends with a hint; a 'did you mean' is the exact text to type there. \
        The trainers' guide: docs/handleiding.md.
        """,
        version: KennisbankVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self, ThemeCommand.self, ResultsCommand.self],
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
