import AnswerReading
import Build
import Configuration
import Foundation
import Results
import SiteModel
import Testing

/// The report of `kennisbank resultaten` for a site whose language is not Dutch. Its sentences
/// (counts, medians, shares) are Dutch only, so the whole report is Dutch, `lang="nl"` included,
/// rather than English headings around Dutch sentences.
@Suite struct ReportLanguageTests {
    @Test func anEnglishSitesReportIsWhollyDutch() throws {
        let repository = RealForms.repository
        let site = try String(contentsOf: repository.appendingPathComponent("Tests/BuildTests/Fixtures/valid/english.site"), encoding: .utf8)
        let options = BuildOptions(root: URL(fileURLWithPath: "/nonexistent-report-root"),
                                   defaultThemeFolder: repository.appendingPathComponent("themes/default"),
                                   now: Date(timeIntervalSince1970: 1_796_212_800))
        let builder = SiteBuilder(options: options, fileSystem: MemoryFileSystem(fixture: site), target: .discard)
        builder.stopsAfterTransform = true
        _ = builder.build()
        let form = try #require(builder.answerForm(contentPath: "vragenlijsten/scan.md"))
        let read: [Result<Submission, Rejection>] = (0..<6).map { index in
            var answers: [String: Answer] = [:]
            for question in form.questions where question.kind != .open { answers[question.id] = .choices([index % 2]) }
            return .success(Submission(id: String(format: "%016x", index + 1), version: 1, answers: answers, file: "f\(index).json"))
        }
        let report = ResultsReport(form: form, rule: SmallGroupRule(minimum: 5), groups: [SubmissionGroup(name: "Alle inzendingen", read: read)])
        let files = try #require(builder.reportFiles(report))
        let page = String(decoding: try #require(files.first { $0.path == "index.html" }).data, as: UTF8.self)
        #expect(page.contains("<html lang=\"nl\">") && page.contains("<title>Resultaten: Scan | Equality at work</title>"))
        #expect(page.contains(">Over dit rapport<") && page.contains("Dit rapport rust op 6 inzendingen."))
        #expect(!page.contains("About this report") && !page.contains("Skip to content"))
    }
}
