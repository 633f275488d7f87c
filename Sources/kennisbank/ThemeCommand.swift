import ArgumentParser
import Build
import Foundation
import SiteModel
import Starter
import Theme

/// `kennisbank theme ...`: commands about the look of the site.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the theme (templates, CSS, JavaScript) of the site.",
        subcommands: [ThemeExportCommand.self])
}

/// `kennisbank theme export [folder]`: the built-in theme as files, to start a site's own theme.
struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Copy the built-in theme into a folder, to change templates or colours from there.",
        discussion: """
        A site's theme is the folder themes/<name>/ beside content/, named by 'theme: <name>' in kennisbank.yml. \
        It overrides the built-in theme file by file: keep only the files you change, and the rest follows the \
        built-in theme when Kennisbank is updated. Never writes over a file.
        Example: kennisbank theme export themes/eigen
        """)

    @Argument(help: "Where to write the theme.")
    var folder = "themes/eigen"

    func run() throws {
        let language = ContentTemplate.Site(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).language
        guard let source = ThemeLocator.defaultThemeFolder() else {
            Terminal.err(Terminal.problem(.defaultThemeMissing(), hint: .defaultThemeMissingHint(), language))
            throw ExitCode(1)
        }
        let destination = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let written: [String]
        do {
            written = try ThemeExporter.export(from: source, to: destination)
        } catch let exists as ThemeExporter.FilesExist {
            let shown = exists.existing.prefix(5).joined(separator: ", ") + (exists.existing.count > 5 ? ", ..." : "")
            Terminal.err(Terminal.problem(.themeExportExists(folder, count: exists.existing.count, files: shown),
                                          hint: .themeExportExistsHint(), language))
            throw ExitCode(1)
        } catch {
            Terminal.err(Terminal.problem(.themeExportFailed(folder, reason: FolderProblem.describe(destination, error: error)),
                                          hint: .themeExportFailedHint(), language))
            throw ExitCode(1)
        }
        Terminal.out(Message.themeExported(folder, files: written.count).text(language))
        let parts = destination.standardizedFileURL.pathComponents
        if parts.count >= 2, parts[parts.count - 2] == "themes" {
            Terminal.out(Message.themeExportNext(name: parts.last!, folder: folder).text(language))
        } else {
            Terminal.out(Message.themeExportMove().text(language))
        }
    }
}
