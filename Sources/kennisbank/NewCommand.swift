import ArgumentParser
import Build
import Foundation

/// `kennisbank new page|term|quiz|vragenlijst <path-or-title>`: a new content file with valid front matter and
/// a short Dutch template that explains itself. Never overwrites.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a page, glossary term, quiz or vragenlijst with a ready-made template.",
        discussion: """
        Examples:
          kennisbank new page definities/nieuwe-pagina.md
          kennisbank new term "Institutioneel racisme"
          kennisbank new quiz "Toets valkuilen"
          kennisbank new vragenlijst "Evaluatie teamdag"
        A title becomes a file name (lowercase, hyphens). Terms go to content/begrippen/, quizzes to content/toetsen/,
        vragenlijsten to content/vragenlijsten/.
        """)

    @Argument(help: "What to create: page, term, quiz or vragenlijst.")
    var kind: ContentTemplate.Kind

    @Argument(help: "A path below content/ (ending in .md) or a title.")
    var pathOrTitle: String

    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "DIR"))
    var root: String = "."

    func run() throws {
        let template = ContentTemplate(kind: kind, pathOrTitle: pathOrTitle)
        let rootURL = URL(fileURLWithPath: root)
        let target = rootURL.appendingPathComponent("content").appendingPathComponent(template.contentPath)
        if FileManager.default.fileExists(atPath: target.path) {
            Terminal.err("error: content/\(template.contentPath) already exists; nothing was changed.\n    hint: choose another name, or edit the existing file")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try template.text.write(to: target, atomically: true, encoding: .utf8)
        Terminal.out("Created content/\(template.contentPath)")
    }
}

extension ContentTemplate.Kind: ExpressibleByArgument {}
