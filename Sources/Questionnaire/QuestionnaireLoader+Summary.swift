import FrontMatter
import SiteModel

extension QuestionnaireLoader {
    /// Reads a question's `summary`: a text (the question the report answers), or
    /// `{question: ..., answers: [...]}` naming the options that count as 'yes'.
    func readSummary(_ item: inout FrontMatterReader, type: QuestionnaireAnswerType?,
                     options: [QuestionnaireOption]) -> QuestionnaireSummary? {
        guard let node = item.node("summary"), !node.isNull else { return nil }
        if type == .open {
            item.report(.error(item.keyLocation("summary"), "an 'open' question cannot be a summary question",
                               hint: "put 'summary:' on a choice or scale question; open answers are listed in full in the report"))
            return nil
        }
        if let text = node.scalar {
            guard !text.trimmingWhitespacesAndNewlines().isEmpty else {
                item.report(.error(node.location, "'summary' is empty",
                                   hint: "write the question the report answers, e.g. 'summary: \"Sluit de training aan?\"'"))
                return nil
            }
            return QuestionnaireSummary(question: text, answers: [], location: node.location)
        }
        guard node.entries != nil else {
            item.report(.error(node.location, "'summary' must be a text or 'question: ...' with 'answers: [...]', found \(node.kindName)",
                               hint: "write 'summary: \"Sluit de training aan?\"', or 'question:' and 'answers:' on the lines below it"))
            return nil
        }
        var reader = FrontMatterReader(node, at: node.location, context: "the summary")
        let question = reader.string("question", required: true, example: "\"Sluit de training aan?\"")
        var answers: [Int] = []
        let labels = options.map(\.label)
        for answer in reader.stringList("answers") ?? [] {
            if let position = labels.firstIndex(of: answer.value) {
                if answers.contains(position) {
                    reader.report(.error(answer.location, "the summary names the answer '\(answer.value)' twice", hint: "remove one of them"))
                } else {
                    answers.append(position)
                }
            } else {
                var hint = "use answers of this question exactly as written: " + labels.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
                if let guess = Suggestion.closest(to: answer.value, in: labels) { hint = "did you mean '\(guess)'? " + hint }
                reader.report(.error(answer.location, "the question has no answer '\(answer.value)'", hint: hint))
            }
        }
        if !answers.isEmpty && answers.count == options.count {
            reader.report(.error(reader.keyLocation("answers"), "the summary counts every answer as 'yes', so it says nothing",
                                 hint: "name only the answers that mean 'yes', e.g. 'answers: [Ja]'"))
        }
        reader.warnUnknownKeys(allowed: Questionnaire.summaryKeys)
        item.absorb(reader)
        guard let question else { return nil }
        return QuestionnaireSummary(question: question.value, answers: answers.sorted(), location: node.location)
    }
}
