import ArgumentParser
import Build
import Foundation
import Reporting
import SiteModel
import Starter

/// `kennisbank resultaten`: the answers participants downloaded or mailed, made into a report.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resultaten",
        abstract: "Make a report of the answers to a vragenlijst or quiz that participants downloaded or mailed.",
        discussion: """
        Reads only the files and folders given (.json and .csv downloads, mails saved as .txt or .eml) and \
        writes only the report folder: index.html (print it, or save it as PDF), samenvatting.json and \
        samenvatting.csv. Each submission counts once. No count of fewer than --min-groep people is shown.
        Examples:
          kennisbank resultaten content/vragenlijsten/evaluatie-pilottraining.md antwoorden/
          kennisbank resultaten content/vragenlijsten/oefen-zelfscan.md team-a/ --vergelijk team-b/ --output ../zelfscan
        """)

    @Argument(help: ArgumentHelp("The vragenlijst or quiz, by its file.", valueName: "vragenlijst"))
    var page: String

    @Argument(help: ArgumentHelp("Answer files, or folders that hold them.", valueName: "file or folder"))
    var answers: [String]

    @Option(name: .long, help: ArgumentHelp("The report folder (default: resultaten/<name>).", valueName: "DIR"))
    var output: String?

    @Option(name: .customLong("vergelijk"), parsing: .upToNextOption,
            help: ArgumentHelp("A second group's answer files or folders, shown beside the first.", valueName: "file or folder"))
    var compare: [String] = []

    @Option(name: .customLong("min-groep"), help: ArgumentHelp("The smallest count shown; smaller ones show as '< N'.", valueName: "N"))
    var minimumGroup = 5

    @Option(name: .long, help: ArgumentHelp("The site root, holding content/ and kennisbank.yml.", valueName: "DIR"))
    var root: String = "."

    func run() throws {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let job = ResultsJob(root: URL(fileURLWithPath: root, relativeTo: base).standardizedFileURL, page: page,
                             groups: [answers, compare], base: base, output: output, minimumGroup: minimumGroup)
        let outcome = job.run()
        let language = ContentTemplate.Site(root: job.root).language
        if !outcome.diagnostics.isEmpty {
            Terminal.err(DiagnosticFormatter(sources: outcome.sources, language: language).report(outcome.diagnostics.sorted()))
        }
        guard let folder = outcome.folder, let report = outcome.report else { throw ExitCode(1) }
        let counts = report.groups.map { group in
            Message.reportGroupCounts(submissions: group.count, files: group.answers.files, duplicates: group.answers.duplicates,
                                      leftOut: group.answers.rejections.count)
        }
        Terminal.out(Message.reportWritten(counts, file: "\(folder.path)/index.html").text(language))
    }
}
