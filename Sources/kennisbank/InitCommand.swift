import ArgumentParser
import Foundation
import Starter

/// `kennisbank init [folder]`: a new, complete example site that builds as it is. Never writes
/// over a site.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new kennisbank: an example site with every kind of page, a commented kennisbank.yml and pipelines.",
        discussion: """
        Writes kennisbank.yml (every setting, explained), content/ (a home page, a section with a page, a glossary \
        term, a quiz and a vragenlijst, all marked as example text), .gitignore, and a pipeline that publishes the \
        site for GitLab (.gitlab-ci.yml) and for GitHub (.github/workflows/publish.yml). Refuses a folder that \
        already holds kennisbank.yml or content/; other files that exist are kept as they are.
        Example: kennisbank init mijn-kennisbank --organisation "Gemeente Voorbeeld"
        """)

    @Argument(help: "The folder for the new site (created when missing).")
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp("The organisation the site is for.", valueName: "NAME"))
    var organisation = "Mijn organisatie"

    @Option(name: .long, help: ArgumentHelp("The site's title.", valueName: "TITLE"))
    var title = "Kennisbank"

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let starter = SiteStarter(organisation: organisation, title: title, version: KennisbankVersion.number)
        let outcome: SiteStarter.Outcome
        do {
            outcome = try starter.write(to: url)
        } catch let exists as SiteStarter.SiteExists {
            let found = exists.existing.map { $0 == "content" ? "content/" : $0 }.joined(separator: " and ")
            Terminal.err("""
            error: \(folder) already holds a kennisbank: it has \(found). Nothing was changed.
                hint: to start a new site, choose a new or empty folder, e.g. 'kennisbank init nieuwe-kennisbank'
            """)
            throw ExitCode(1)
        } catch {
            Terminal.err("error: cannot write the new site to \(folder): \(FolderProblem.describe(url, error: error))\n    hint: choose a folder you may write in, e.g. 'kennisbank init nieuwe-kennisbank'")
            throw ExitCode(1)
        }
        Terminal.out("Created a new kennisbank in \(folder) (\(outcome.written.count) files):")
        for path in outcome.written { Terminal.out("  " + path) }
        for path in outcome.kept { Terminal.out("  \(path) (kept: it exists already; the site's version was not written)") }
        let enter = folder == "." ? "" : "  cd \(folder)\n"
        Terminal.out("""

        Every text in content/ is example text: replace it with your own, or delete it. Next:
        \(enter)  kennisbank serve          show the site at http://127.0.0.1:8000 while you write
          kennisbank build --strict check everything and write the site to site/
        Set your site's name, organisation and logo in kennisbank.yml.
        """)
    }
}
