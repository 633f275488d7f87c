import AnswerReading
import Build
import Foundation
import Results
import SiteModel
import Testing

@Suite struct ReportTests {
    /// `count` submissions of the evaluation: answer `k` of each choice question for the first ones.
    func submissions(_ count: Int, form: AnswerForm = RealForms.evaluation, pick: (Int, AnswerQuestion) -> Answer?) -> [Result<Submission, Rejection>] {
        (0..<count).map { index in
            var answers: [String: Answer] = [:]
            for question in form.questions { answers[question.id] = pick(index, question) }
            return .success(Submission(id: String(format: "%016x", index + 1), version: 1, answers: answers, file: "f\(index).json"))
        }
    }

    func report(_ read: [Result<Submission, Rejection>], form: AnswerForm = RealForms.evaluation, minimum: Int = 5) -> ResultsReport {
        ResultsReport(form: form, rule: SmallGroupRule(minimum: minimum), groups: [SubmissionGroup(name: "Alle inzendingen", read: read)])
    }

    func page(_ report: ResultsReport) throws -> String {
        let files = try #require(RealForms.builder.reportFiles(report))
        return String(decoding: try #require(files.first { $0.path == "index.html" }).data, as: UTF8.self)
    }

    @Test func theSummaryQuestionsAreAnsweredInOneComputedSentence() throws {
        // 18 of 24 agree (4 or 5), 6 do not.
        let read = submissions(24) { index, question in
            question.kind == .open ? nil : .choices([question.kind == .scale ? (index < 18 ? 3 + index % 2 : 1) : 0])
        }
        let sentences = SummarySentences(report(read)).items
        let fits = try #require(sentences.first { $0.heading == "Sluit de training aan op wat deelnemers nodig hebben?" })
        #expect(fits.sentences[0].text == "18 van de 24 deelnemers (75%) kiezen ‘4 – eens’ of ‘5 – helemaal eens’.")
        let length = try #require(sentences.first { $0.heading == "Hoe vinden deelnemers de lengte van de training?" })
        #expect(length.sentences[0].text == "Het vaakst gekozen: ‘Te kort’, door 24 van de 24 deelnemers (100%).")
        let html = try page(report(read))
        #expect(html.contains("18 van de 24 deelnemers (75%) kiezen"))
    }

    @Test func aSmallGroupGetsNoCountsAndSaysWhy() throws {
        let read = submissions(3) { _, question in question.kind == .open ? .text("Iets") : .choices([0]) }
        let small = report(read)
        let html = try page(small)
        #expect(html.contains("Dit rapport rust op 3 inzendingen: minder dan 5."))
        #expect(!html.contains("%)"), "a percentage in a report of 3")
        #expect(html.contains("<li>Iets</li>"), "open answers are still listed")
        let json = SummaryJSON.text(small)
        #expect(json.contains("\"Ja\": \"< 5\""))
        #expect(!json.contains("\"mediaan\": 1"))
        #expect(SummaryCSV.text(small).contains(";Ja;< 5;\r\n"))
    }

    @Test func theReportIsTheSiteThemeWithoutScriptsStylesOrSiteLinks() throws {
        let read = submissions(10) { index, question in question.kind == .open ? .text("<script>alert(\(index))</script>") : .choices([index % question.options.count]) }
        let report = report(read)
        let files = try #require(RealForms.builder.reportFiles(report))
        let html = try page(report)
        #expect(html.contains("<html lang=\"nl\">") && html.contains("<main id=\"inhoud\""))
        #expect(!html.contains("<script") && !html.contains("style=\"") && !html.contains(" on"+"click"))
        #expect(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
        #expect(!html.contains("href=\"zoeken/") && !html.contains("begrippen/index.html") && html.contains("noindex"))
        for file in files where file.path.hasSuffix(".css") { #expect(html.contains(file.path)) }
        #expect(files.contains { $0.path.hasPrefix("assets/css/results.") })
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == html.components(separatedBy: "<svg").count - 1)
        #expect(try page(report) == html, "the same answers give the same bytes")
    }

    @Test func theZelfscanShowsLevelsPerThemeAndTheMedianAgainstTheBoundaries() throws {
        let form = RealForms.zelfscan
        // Every statement answered with its second step: 'Soms' (1 point) or, reversed, 'Soms' (2 points).
        let read = submissions(12, form: form) { _, question in question.kind == .open ? nil : .choices([1]) }
        let report = report(read, form: form)
        let theme = form.themes[0]
        #expect(report.levelCells(theme, in: report.groups[0]) == [.exact(0), .exact(12), .exact(0), .exact(0)].map {
            $0.exact == 0 ? .below(5) : $0
        })
        let html = try page(report)
        #expect(html.contains("De mediaan van het team is 6 van 12 punten: Midden risico (4 tot en met 7 punten)."))
        #expect(html.contains("resultaten-band__mediaan"))
        let json = SummaryJSON.text(report)
        #expect(json.contains("\"regels-en-werkwijzen\": {\n      \"Laag risico\": \"< 5\",\n      \"Midden risico\": 12,"))
    }

    @Test func theQuizSaysWhatToExplainAgain() throws {
        let form = RealForms.quiz
        let question = form.questions[0]
        let wrong = question.options.indices.first { !question.options[$0].correct }!
        let right = question.options.indices.filter { question.options[$0].correct }
        let read = submissions(10, form: form) { index, item in
            item.id == question.id ? .choices(index < 7 ? [wrong] : right) : .choices(item.options.indices.filter { item.options[$0].correct })
        }
        let report = report(read, form: form)
        #expect(report.mostChosenWrong(question, in: report.groups[0])?.option == wrong)
        let cells = report.quizCells(question, in: report.groups[0])
        #expect(cells.right == .below(5) && cells.wrong == .range(6, 10))
        let sentences = SummarySentences(report).items
        #expect(sentences.first?.heading.hasPrefix("Vraag 1:") == true)
        #expect(sentences.first?.sentences[0].text.contains("Het vaakst gekozen foute antwoord: ‘\(question.options[wrong].text)’ (7 keer).") == true)
    }

    @Test func comparingShowsBothGroupsSideBySide() throws {
        let a = submissions(8) { _, q in q.kind == .open ? nil : .choices([0]) }
        let b = submissions(6) { _, q in q.kind == .open ? nil : .choices([q.options.count - 1]) }
        let report = ResultsReport(form: RealForms.evaluation, rule: SmallGroupRule(minimum: 5),
                                   groups: [SubmissionGroup(name: "Pilot 1", read: a), SubmissionGroup(name: "Pilot 2", read: b)])
        let html = try page(report)
        #expect(html.contains("Pilot 1: aantal") && html.contains("Pilot 2: aantal"))
        #expect(html.contains("Dit rapport vergelijkt twee groepen: Pilot 1 (8 inzendingen) en Pilot 2 (6 inzendingen)."))
        #expect(SummaryJSON.text(report).contains("\"vergelijking\": {\n    \"naam\": \"Pilot 2\""))
    }
}

@Suite struct ReportWriterTests {
    func folder() -> URL { FileManager.default.temporaryDirectory.appendingPathComponent("kb-rapport-\(UUID().uuidString)") }

    @Test func writesANewFolderThenReplacesItsOwnReport() throws {
        let target = folder()
        defer { try? FileManager.default.removeItem(at: target) }
        try ReportWriter.write([OutputFile(path: "index.html", text: "1"), OutputFile(path: "assets/a.css", text: "a")], to: target)
        try ReportWriter.write([OutputFile(path: "index.html", text: "2"), OutputFile(path: "assets/b.css", text: "b")], to: target)
        #expect(try String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8) == "2")
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("assets/a.css").path))
    }

    @Test func refusesAFolderWithOtherFiles() throws {
        let target = folder()
        defer { try? FileManager.default.removeItem(at: target) }
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("mijn".utf8).write(to: target.appendingPathComponent("notities.txt"))
        #expect(throws: ReportWriter.Refused.self) { try ReportWriter.write([OutputFile(path: "index.html", text: "x")], to: target) }
        #expect(try String(contentsOf: target.appendingPathComponent("notities.txt"), encoding: .utf8) == "mijn")
        try ReportWriter.write([OutputFile(path: "index.html", text: "x")], to: target.appendingPathComponent("rapport"))
        try Data("later".utf8).write(to: target.appendingPathComponent("rapport/eigen.txt"))
        #expect(throws: ReportWriter.Refused.self) { try ReportWriter.write([OutputFile(path: "index.html", text: "y")], to: target.appendingPathComponent("rapport")) }
    }

    @Test func refusesAPlaceThatIsPublished() {
        let root = URL(fileURLWithPath: "/site")
        #expect(ReportWriter.refusal(output: URL(fileURLWithPath: "/site/content/rapport"), siteRoot: root, siteOutput: root.appendingPathComponent("site")) != nil)
        #expect(ReportWriter.refusal(output: URL(fileURLWithPath: "/site/site/x"), siteRoot: root, siteOutput: root.appendingPathComponent("site")) != nil)
        #expect(ReportWriter.refusal(output: URL(fileURLWithPath: "/site/resultaten/x"), siteRoot: root, siteOutput: root.appendingPathComponent("site")) == nil)
    }
}
