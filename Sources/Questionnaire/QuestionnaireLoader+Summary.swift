import FrontMatter
import SiteModel

extension QuestionnaireLoader {
    /// Reads a question's `summary`: a text (the question the report answers), or
    /// `{question: ..., answers: [...]}` naming the options that count as 'yes'.
    func readSummary(_ item: inout FrontMatterReader, type: QuestionnaireAnswerType?,
                     options: [QuestionnaireOption]) -> QuestionnaireSummary? {
        guard let node = item.node("summary"), !node.isNull else { return nil }
        if type == .open {
            item.report(.error(item.keyLocation("summary"), .summaryOnOpen(), hint: .summaryOnOpenHint()))
            return nil
        }
        if let text = node.scalar {
            guard !text.trimmingWhitespacesAndNewlines().isEmpty else {
                item.report(.error(node.location, .summaryEmpty(), hint: .summaryEmptyHint()))
                return nil
            }
            return QuestionnaireSummary(question: text, answers: [], location: node.location)
        }
        guard node.entries != nil else {
            item.report(.error(node.location, .summaryWrongShape(found: node.kindName), hint: .summaryWrongShapeHint()))
            return nil
        }
        var reader = FrontMatterReader(node, at: node.location, context: .summary)
        let question = reader.string("question", required: true, example: "\"Sluit de training aan?\"")
        var answers: [Int] = []
        let labels = options.map(\.label)
        for answer in reader.stringList("answers") ?? [] {
            if let position = labels.firstIndex(of: answer.value) {
                if answers.contains(position) {
                    reader.report(.error(answer.location, .summaryAnswerTwice(answer.value), hint: .removeOneHint()))
                } else {
                    answers.append(position)
                }
            } else {
                let fix = Suggestion.closest(to: answer.value, in: labels).map { Fix(replacing: answer.value, with: $0) }
                reader.report(.error(answer.location, .summaryUnknownAnswer(answer.value),
                                     hint: .summaryAnswersHint(labels.prefix(8).map { "'\($0)'" }.joined(separator: ", ")), fix: fix))
            }
        }
        if !answers.isEmpty && answers.count == options.count {
            reader.report(.error(reader.keyLocation("answers"), .summaryEveryAnswer(), hint: .summaryEveryAnswerHint()))
        }
        reader.warnUnknownKeys(allowed: Questionnaire.summaryKeys)
        item.absorb(reader)
        guard let question else { return nil }
        return QuestionnaireSummary(question: question.value, answers: answers.sorted(), location: node.location)
    }
}
