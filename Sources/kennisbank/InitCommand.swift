import ArgumentParser
import Build
import Foundation
import SiteModel
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
        // The new site is Dutch; a folder that holds a site already speaks that site's language.
        let language = ContentTemplate.Site(root: url).language
        let starter = SiteStarter(organisation: organisation, title: title, version: KennisbankVersion.number)
        let outcome: SiteStarter.Outcome
        do {
            outcome = try starter.write(to: url)
        } catch let exists as SiteStarter.SiteExists {
            let found = exists.existing.map { $0 == "content" ? "content/" : $0 }
            Terminal.err(Terminal.problem(.initSiteExists(folder, found: found), hint: .initSiteExistsHint(), language))
            throw ExitCode(1)
        } catch {
            Terminal.err(Terminal.problem(.initWriteFailed(folder, reason: FolderProblem.describe(url, error: error)),
                                          hint: .initWriteFailedHint(), language))
            throw ExitCode(1)
        }
        Terminal.out(Message.initCreated(folder, files: outcome.written.count).text(language))
        for path in outcome.written { Terminal.out("  " + path) }
        for path in outcome.kept { Terminal.out("  " + Message.initKept(path).text(language)) }
        Terminal.out(Message.initNextSteps(folder: folder == "." ? nil : folder).text(language))
    }
}
