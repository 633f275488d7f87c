import AnswerReading
import Build
import Configuration
import Foundation
import History
import SiteModel

/// The forms of the repository's own vragenlijsten and quiz, loaded as `kennisbank resultaten`
/// loads them (the build's steps up to the transform), and the export files their pages wrote
/// (`Fixtures/pagina/`, made by Tests/Browser/results_fixtures.py in Chromium).
enum RealForms {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// One builder for all tests: the content is read once.
    static let builder: SiteBuilder = {
        let options = BuildOptions(root: repository, includeDrafts: true,
                                   defaultThemeFolder: repository.appendingPathComponent("themes/default"),
                                   now: Date(timeIntervalSince1970: 1_796_212_800))
        let builder = SiteBuilder(options: options, fileSystem: DiskFileSystem(root: repository), target: .discard,
                                  history: FixedSourceHistory())
        builder.stopsAfterTransform = true
        _ = builder.build()
        return builder
    }()

    static func form(_ contentPath: String) -> AnswerForm {
        builder.answerForm(contentPath: contentPath)!
    }

    static var evaluation: AnswerForm { form("vragenlijsten/evaluatie-pilottraining.md") }
    static var zelfscan: AnswerForm { form("vragenlijsten/oefen-zelfscan.md") }
    static var quiz: AnswerForm { form("toetsen/definities.md") }

    /// A file the page wrote.
    static func file(_ name: String) throws -> AnswerFile {
        AnswerFile(name: "pagina/" + name, bytes: [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("pagina/" + name))))
    }

    /// A file made from text, named `name`.
    static func file(_ name: String, _ text: String) -> AnswerFile { AnswerFile(name: name, bytes: Array(text.utf8)) }
}
