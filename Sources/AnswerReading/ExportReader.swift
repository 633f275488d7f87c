import SiteModel

/// Reads one file given to `kennisbank resultaten` as an export of `form`'s page: the JSON or CSV
/// download, or the text of the mail (`.txt`, or a saved message `.eml`). Every file comes back as
/// a submission or as the reason it was left out.
public struct ExportReader: Sendable {
    public let form: AnswerForm

    /// An export of the largest vragenlijst is a few tens of kilobytes; a megabyte is not one.
    public static let maxFileSize = 1_000_000

    /// Creates a reader for the exports of `form`.
    public init(form: AnswerForm) { self.form = form }

    /// The file's submission, or why it is left out.
    public func read(_ file: AnswerFile) -> Result<Submission, Rejection> {
        if file.bytes.count > Self.maxFileSize {
            return .failure(Rejection(.tooLarge, file: file.name, .answersTooLarge(kilobytes: file.bytes.count / 1000, limit: Self.maxFileSize / 1000),
                                      hint: .answersTooLargeHint()))
        }
        switch file.fileExtension {
        case "json": return JSONExportReader(form: form, file: file.name).read(file.bytes)
        case "csv": return CSVExportReader(form: form, file: file.name).read(file.bytes)
        case "txt", "eml": return MailExportReader(form: form, file: file.name).read(file.bytes)
        default:
            return .failure(Rejection(.notAnExport, file: file.name, .answersWrongType(file.fileExtension), hint: .answersWrongTypeHint()))
        }
    }

    /// What a form is called in messages: "vragenlijst 'x'" or "quiz 'x'" ("toets 'x'").
    var formName: Phrase { .answerForm(quiz: form.kind == .toets, form.slug) }

    /// The chosen options of `question` in `text` (labels joined by `separator`); an empty text
    /// is no answer. Nil when the labels are not the question's.
    static func choices(_ text: String, of question: AnswerQuestion, separator: String) -> [Int]? {
        if text.isEmpty { return [] }
        return LabelMatcher.match(text, labels: question.options.map(\.text), separator: separator, multiple: question.kind.isMultiple)
    }

    /// 'did you mean' text for an unknown answer, naming the question's answers.
    static func answerHint(_ question: AnswerQuestion) -> Message {
        let labels = question.options.prefix(8).map { "'\($0.text)'" }.joined(separator: ", ")
        return .answersOfQuestionHint(question.number, id: question.id, answers: labels)
    }

    /// The hint for a question the form does not have.
    func unknownQuestionHint(_ id: String) -> Message {
        let hint = Message.answersUnknownQuestionHint(formName)
        guard let guess = Suggestion.closest(to: id, in: form.questions.map(\.id)) else { return hint }
        return .didYouMean(guess) + hint
    }
}

/// The submission id the page makes (`inzending`): 16 lowercase hexadecimal digits.
enum SubmissionID {
    static func isValid(_ text: String) -> Bool {
        text.utf8.count == 16 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// A version number as the page writes it: a whole number from 1.
    static func version(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.utf8.first != 0x30,
              let value = Int(text), value > 0 else { return nil }
        return value
    }
}
