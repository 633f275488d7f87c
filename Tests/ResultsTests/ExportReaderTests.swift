import AnswerReading
import SiteModel
import Testing

/// The files the real pages wrote (Chromium, Tests/Browser/results_fixtures.py) read back.
@Suite struct ExportReaderTests {
    func read(_ name: String, _ form: AnswerForm = RealForms.evaluation) throws -> Result<Submission, Rejection> {
        ExportReader(form: form).read(try RealForms.file(name))
    }

    @Test func theCSVTheJSONAndEveryMailFormGiveTheSameSubmission() throws {
        let csv = try read("evaluatie.csv").get()
        #expect(csv.id?.count == 16 && (csv.version ?? 0) >= 1)
        #expect(csv.answers["verdieping-onderwerp"] == .text("=SOM(1;2) \"citaat\"\ntweede regel"))
        #expect(csv.answers["slot-geleerd"] == .text("Eerste alinea.\n\nTweede alinea."))
        #expect(csv.answers["verdieping-behoefte"] == .choices([0, 1]))
        #expect(csv.answers.count == RealForms.evaluation.questions.count - 2, "two open questions were left empty")
        for name in ["evaluatie.json", "evaluatie-mail.txt", "evaluatie-mail-qp.eml", "evaluatie-mail-base64.eml",
                     "evaluatie-mail-alternative.eml", "evaluatie-mail-flowed.eml", "evaluatie-mail-html.eml"] {
            let other = try read(name).get()
            #expect(other.contentKey == csv.contentKey, "\(name) reads other answers than the CSV")
            #expect(other.id == csv.id && other.version == csv.version, "\(name) has another id or version")
        }
    }

    @Test func aMailWithLongAnswersCutCountsWithWhatItHas() throws {
        let cut = try read("evaluatie-mail-ingekort.txt").get()
        #expect(cut.shortened)
        guard case .text(let text)? = cut.answers["slot-beter"] else { Issue.record("no cut answer"); return }
        #expect(text.hasSuffix("\u{2026}") && text.count == 200)
        #expect(cut.answers["werk"] == .choices([4]))
    }

    @Test func aMailCutOffCountsTheQuestionsBeforeTheCut() throws {
        let truncated = try read("evaluatie-mail-afgekapt.txt").get()
        #expect(truncated.shortened)
        #expect(truncated.answers["verdieping-behoefte"] == .choices([0, 1]))
        #expect(truncated.answers["slot-overig"] == nil && truncated.missing.contains("slot-overig"))
    }

    @Test func theZelfscanAndTheQuizRead() throws {
        #expect(try read("zelfscan.csv", RealForms.zelfscan).get().contentKey == read("zelfscan.json", RealForms.zelfscan).get().contentKey)
        let quiz = try read("toets-definities.json", RealForms.quiz).get()
        #expect(quiz.contentKey == (try read("toets-definities.csv", RealForms.quiz).get()).contentKey)
        #expect(quiz.answers.count == RealForms.quiz.questions.count)
    }

    @Test func anotherFormsFileIsLeftOutAsSuch() throws {
        for (name, form) in [("zelfscan.json", RealForms.evaluation), ("evaluatie.json", RealForms.quiz), ("toets-definities.csv", RealForms.evaluation),
                             ("evaluatie.csv", RealForms.quiz)] {
            guard case .failure(let rejection) = try read(name, form) else { Issue.record("\(name) was read as \(form.slug)"); continue }
            #expect(rejection.reason == .otherForm, "\(name): \(rejection.diagnostic.message)")
        }
        guard case .failure(let mail) = try read("evaluatie-mail.txt", RealForms.zelfscan) else { Issue.record("a mail of another vragenlijst was read"); return }
        #expect(mail.reason == .otherForm)
    }

    @Test func anUnknownAnswerIsNamedAtItsLineAndColumn() throws {
        let text = String(decoding: try RealForms.file("evaluatie.csv").bytes, as: UTF8.self)
            .replacingOccurrences(of: ";Ik heb geen direct contact met bewoners;", with: ";Bij de politie;")
        let line = text.components(separatedBy: "\r\n")[3]
        let column = line.distance(from: line.startIndex, to: line.range(of: "Bij de politie")!.lowerBound) + 1
        guard case .failure(let rejection) = ExportReader(form: RealForms.evaluation).read(RealForms.file("a.csv", text)) else {
            Issue.record("an unknown answer was read"); return
        }
        #expect(rejection.reason == .unknownAnswer)
        #expect(rejection.diagnostic.location == SourceLocation(file: "a.csv", line: 4, column: column))
        #expect(rejection.diagnostic.hint?.english.contains("'Ik heb geen direct contact met bewoners'") == true)
    }

    @Test func aRenamedQuestionGetsADidYouMean() throws {
        let text = String(decoding: try RealForms.file("evaluatie.json").bytes, as: UTF8.self)
            .replacingOccurrences(of: "\"id\": \"werk\"", with: "\"id\": \"werkk\"")
        guard case .failure(let rejection) = ExportReader(form: RealForms.evaluation).read(RealForms.file("a.json", text)) else {
            Issue.record("an unknown question was read"); return
        }
        #expect(rejection.diagnostic.message.english.contains("question 'werkk' is not in vragenlijst 'evaluatie-pilottraining'"))
        #expect(rejection.diagnostic.hint?.english.hasPrefix("did you mean 'werk'?") == true)
        #expect(rejection.diagnostic.location.line > 1)
    }

    @Test(arguments: [
        ("", "json", Rejection.Reason.broken), ("{", "json", .broken), ("[1, 2]", "json", .notAnExport), ("{}", "json", .notAnExport),
        ("{\"vragenlijst\": \"evaluatie-pilottraining\", \"themas\": 3}", "json", .changed),
        ("{\"vragenlijst\": \"evaluatie-pilottraining\", \"inzending\": \"XYZ\", \"themas\": []}", "json", .changed),
        ("{\"vragenlijst\": \"evaluatie-pilottraining\", \"versie\": 2, \"themas\": []}", "json", .changed),
        ("\u{FEFF}a;b\r\n", "csv", .notAnExport), ("\u{FEFF}thema_id;thema;vraag_id;vraag;soort;antwoord;punten\r\n", "csv", .broken),
        ("Hallo", "txt", .notAnExport), ("Vragenlijst: Evaluatie van de pilottraining\r\n\r\nOver jou\r\n", "txt", .broken),
        ("PK\u{3}\u{4}", "docx", .notAnExport), ("x", "", .notAnExport),
    ])
    func brokenFilesAreLeftOutWithAReason(text: String, fileExtension: String, reason: Rejection.Reason) {
        let name = fileExtension.isEmpty ? "bestand" : "bestand." + fileExtension
        guard case .failure(let rejection) = ExportReader(form: RealForms.evaluation).read(RealForms.file(name, text)) else {
            Issue.record("\(text.debugDescription) was read"); return
        }
        #expect(rejection.reason == reason, "\(rejection.diagnostic.message)")
        #expect(rejection.diagnostic.severity == .warning && rejection.diagnostic.message.english.hasSuffix("the file was left out"))
    }

    @Test func aFileLargerThanAnyExportIsNotParsed() {
        let file = AnswerFile(name: "groot.json", bytes: Array(repeating: UInt8(ascii: "["), count: ExportReader.maxFileSize + 1))
        guard case .failure(let rejection) = ExportReader(form: RealForms.evaluation).read(file) else { Issue.record("read"); return }
        #expect(rejection.reason == .tooLarge)
    }

    @Test func deeplyNestedJSONIsRefusedNotFollowed() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .failure(let rejection) = ExportReader(form: RealForms.evaluation).read(RealForms.file("diep.json", text)) else {
            Issue.record("read"); return
        }
        #expect(rejection.reason == .broken && rejection.diagnostic.message.english.contains("nested more than"))
    }
}
