import ArgumentParser
import Foundation
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
        guard let source = ThemeLocator.defaultThemeFolder() else {
            Terminal.err("""
            error: the built-in theme was not found
                hint: set KENNISBANK_THEME_DIR to the themes/default folder of the Kennisbank repository, or reinstall with 'make'
            """)
            throw ExitCode(1)
        }
        let destination = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let written: [String]
        do {
            written = try ThemeExporter.export(from: source, to: destination)
        } catch let exists as ThemeExporter.FilesExist {
            let shown = exists.existing.prefix(5).joined(separator: ", ") + (exists.existing.count > 5 ? ", ..." : "")
            Terminal.err("""
            error: \(folder) already has \(exists.existing.count) of the theme's files (\(shown)). Nothing was changed.
                hint: export into a new folder, e.g. 'kennisbank theme export themes/nieuw'
            """)
            throw ExitCode(1)
        } catch {
            Terminal.err("error: cannot write the theme to \(folder): \(FolderProblem.describe(destination, error: error))\n    hint: choose a folder you may write in, e.g. 'kennisbank theme export themes/eigen'")
            throw ExitCode(1)
        }
        Terminal.out("Wrote the built-in theme to \(folder) (\(written.count) files in templates/ and assets/).")
        let parts = destination.standardizedFileURL.pathComponents
        if parts.count >= 2, parts[parts.count - 2] == "themes" {
            Terminal.out("""
            Next: set 'theme: \(parts.last!)' in kennisbank.yml and change what you want. A colour: write \
            ':root { --kleur-accent: #00695c; }' in \(folder)/assets/css/eigen.css (the names are at the top of \
            assets/css/kennisbank.css). Then delete the files you did not change: those follow the built-in theme.
            """)
        } else {
            Terminal.out("A site uses a theme from themes/<name>/ beside its content/ folder: move the folder there and set 'theme: <name>' in kennisbank.yml.")
        }
    }
}
