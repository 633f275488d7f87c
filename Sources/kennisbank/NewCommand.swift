import ArgumentParser
import Build
import Configuration
import Foundation
import SiteModel
import Starter

/// `kennisbank new page|term|quiz|vragenlijst <path-or-title>`: a new content file with valid front
/// matter and Dutch example texts that say what to write where. Never overwrites. The example texts
/// keep the file from being published until they are replaced (`check` warns about each one).
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a page, section, glossary term, quiz or vragenlijst from a ready-made example.",
        discussion: """
        Examples:
          kennisbank new page definities/nieuwe-pagina.md
          kennisbank new page definities/nieuwe-pagina        (the same; .md is added)
          kennisbank new page nieuw-onderdeel/_index.md       (a section)
          kennisbank new term "Institutioneel racisme"
          kennisbank new quiz "Toets valkuilen"               (names the section 'valkuilen' when it exists)
          kennisbank new vragenlijst "Evaluatie teamdag"
        A title or name becomes a file name of lowercase letters, digits and hyphens. Terms go to \
        content/begrippen/, quizzes to content/toetsen/, vragenlijsten to content/vragenlijsten/. \
        The file holds example texts; 'kennisbank check' reports each one until it is replaced.
        """)

    @Argument(help: "What to create: page, term, quiz or vragenlijst.")
    var kind: ContentTemplate.Kind

    @Argument(help: "A path below content/ (with or without .md) or a title.")
    var pathOrTitle: String

    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "DIR"))
    var root: String = "."

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let site = ContentTemplate.Site(root: rootURL)
        let language = site.language
        func fail(_ message: Message, _ hint: Message) throws -> Never {
            Terminal.err(Terminal.problem(message, hint: hint, language))
            throw ExitCode(1)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootURL.appendingPathComponent("content").path, isDirectory: &isFolder),
              isFolder.boolValue else {
            try fail(.newNoSite(BuildRunner.shown(rootURL)), .newNoSiteHint())
        }
        let template: ContentTemplate
        switch ContentTemplate.make(kind: kind, pathOrTitle: pathOrTitle) {
        case .success(let made): template = made.fitted(to: site, today: CalendarDay(BuildOptions.sourceDateEpoch() ?? Date()))
        case .failure(let refusal): try fail(refusal.message, refusal.hint)
        }
        let shown = "content/" + template.contentPath
        let target = rootURL.appendingPathComponent("content").appendingPathComponent(template.contentPath)
        if FileManager.default.fileExists(atPath: target.path) {
            try fail(.newExists(shown), .newExistsHint())
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try template.text.write(to: target, atomically: true, encoding: .utf8)
        if let typed = template.renamedFrom {
            Terminal.out(Message.nameBecameSlug(typed, file: template.contentPath).text(language))
        }
        Terminal.out(Message.created(shown).text(language))
        Terminal.out(Message.createdNextStep().text(language))
    }
}

extension ContentTemplate.Kind: ExpressibleByArgument {}
