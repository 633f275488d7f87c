import SiteModel

/// Reads the CSV download of a vragenlijst (`thema_id;thema;vraag_id;vraag;soort;antwoord;punten`)
/// or of a quiz (`vraag_id;vraag;soort;antwoord;goed`): strictly as the page writes it
/// (`CSVTable`), then every id, kind and answer against the form. Points, outcomes and 'goed' are
/// not read: the report computes them from the answers with the current scoring rules.
struct CSVExportReader {
    let form: AnswerForm
    let file: String

    static let questionnaireHeader = ["thema_id", "thema", "vraag_id", "vraag", "soort", "antwoord", "punten"]
    static let quizHeader = ["vraag_id", "vraag", "soort", "antwoord", "goed"]

    private var reader: ExportReader { ExportReader(form: form) }

    func read(_ bytes: [UInt8]) -> Result<Submission, Rejection> {
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes)
        } catch {
            return .failure(Rejection(error.isCutShort ? .broken : .changed, file: file, line: error.line, column: error.column,
                                      error.message, hint: error.hint))
        }
        do {
            return .success(try submission(table.rows))
        } catch {
            return .failure(error)
        }
    }

    private func reject(_ reason: Rejection.Reason, _ cell: CSVTable.Cell, _ message: Message, hint: Message) -> Rejection {
        Rejection(reason, file: file, line: cell.line, column: cell.column, message, hint: hint)
    }

    private func submission(_ rows: [[CSVTable.Cell]]) throws(Rejection) -> Submission {
        let header = rows[0].map(\.text)
        let isQuiz = form.kind == .toets
        let expected = isQuiz ? Self.quizHeader : Self.questionnaireHeader
        guard header == expected else {
            let other = isQuiz ? Self.questionnaireHeader : Self.quizHeader
            if header == other {
                throw reject(.otherForm, rows[0][0], .csvOtherKind(.answerKind(quiz: !isQuiz), form: reader.formName), hint: .answersOnlyOfFormHint(reader.formName))
            }
            throw reject(.notAnExport, rows[0][0], .csvHeader(expected.joined(separator: ";")), hint: .csvFilesHint())
        }
        let column = Dictionary(uniqueKeysWithValues: expected.enumerated().map { ($1, $0) })
        var result = Submission(answers: [:], file: file)
        var seen: Set<String> = []
        let edited = Message.answersEditedHint()
        for row in rows.dropFirst() {
            guard row.count == expected.count else {
                throw reject(.changed, row[0], .csvCells(row.count, expected: expected.count), hint: edited)
            }
            func cell(_ name: String) -> CSVTable.Cell { row[column[name]!] }
            let kind = cell("soort")
            let answer = cell("antwoord")
            switch kind.text {
            case "inzending":
                guard result.id == nil else { throw reject(.changed, kind, .csvSecondLine("inzending"), hint: edited) }
                guard SubmissionID.isValid(answer.text) else {
                    throw reject(.changed, answer, .answersBadSubmissionID(), hint: edited)
                }
                result.id = answer.text
                continue
            case "versie":
                guard result.version == nil else { throw reject(.changed, kind, .csvSecondLine("versie"), hint: edited) }
                guard let version = SubmissionID.version(answer.text) else {
                    throw reject(.changed, answer, .csvVersionNumber(), hint: edited)
                }
                result.version = version
                continue
            case "uitkomst" where !isQuiz:
                let theme = cell("thema_id")
                guard form.themes.contains(where: { $0.id == theme.text && $0.isScored }) else {
                    throw reject(.unknownAnswer, theme, .csvThemeNoOutcome(theme.text, form: reader.formName), hint: reader.unknownQuestionHint(theme.text))
                }
                continue
            default:
                break
            }
            let id = cell("vraag_id")
            guard let question = form.question(id.text) else {
                throw reject(.unknownAnswer, id, .answersUnknownQuestion(id.text, form: reader.formName), hint: reader.unknownQuestionHint(id.text))
            }
            if !isQuiz, let theme = form.theme(holding: id.text), theme.id != cell("thema_id").text {
                throw reject(.unknownAnswer, cell("thema_id"), .answersQuestionInOtherTheme(id.text, theme: theme.id, found: cell("thema_id").text),
                             hint: .answersOtherVersionHint(reader.formName))
            }
            guard kind.text == question.kind.rawValue else {
                throw reject(.unknownAnswer, kind, .answersWrongKind(id.text, kind: question.kind.rawValue, found: .quoted(kind.text)),
                             hint: .answersOtherVersionHint(reader.formName))
            }
            guard seen.insert(id.text).inserted else {
                throw reject(.changed, id, .answersQuestionTwice(id.text), hint: edited)
            }
            let text = CSVTable.undefused(answer.text)
            if question.kind == .open {
                if !text.isEmpty { result.answers[id.text] = .text(text) }
                continue
            }
            guard let chosen = ExportReader.choices(text, of: question, separator: " | ") ?? (text == answer.text ? nil : ExportReader.choices(answer.text, of: question, separator: " | ")) else {
                throw reject(.unknownAnswer, answer, .answersNoSuchAnswer(id.text, answer: answer.text), hint: ExportReader.answerHint(question))
            }
            if !chosen.isEmpty { result.answers[id.text] = .choices(chosen) }
        }
        if result.version != nil && result.id == nil {
            throw reject(.changed, rows[0][0], .csvVersionWithoutID(), hint: edited)
        }
        if result.id != nil && result.version == nil {
            throw reject(.changed, rows[0][0], .csvIDWithoutVersion(), hint: edited)
        }
        if seen.isEmpty {
            throw reject(.broken, rows[0][0], .csvNoAnswers(), hint: .answersCutShortHint())
        }
        return result
    }
}
