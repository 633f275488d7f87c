import Content
import Foundation
import FrontMatter
import SiteModel

/// Reads and validates the questions of a quiz page; every problem is reported at the line and
/// column of the front-matter key it is about.
public struct QuizLoader: Sendable {
    public let index: SiteIndex

    /// Creates a loader that checks links and sections against `index`.
    public init(index: SiteIndex) { self.index = index }

    /// Reads the quiz in `page`.
    public func load(_ page: Page) -> (quiz: Quiz?, diagnostics: [Diagnostic]) {
        var reader = FrontMatterReader(page.frontMatter, at: page.frontMatterLocation)
        var diagnostics: [Diagnostic] = []
        let section = reader.string("section", required: true, example: "definities")
        let shuffle = reader.bool("shuffle")?.value ?? false
        if let section, index.sectionPage(section.value) == nil || section.value.isEmpty {
            var hint = "name the folder of a section: " + index.sectionSuggestions.listed(atMost: 8)
            if let guess = index.sectionSuggestions.closest(to: section.value) { hint = "did you mean '\(guess)'? " + hint }
            diagnostics.append(.error(section.location, "section '\(section.value)' does not exist", hint: hint))
        }
        let items = reader.mappingList("questions", itemName: "question")
        if items == nil || items!.isEmpty {
            diagnostics.append(.error(reader.keyLocation("questions"), "the quiz has no questions",
                                      hint: "add 'questions:' with at least one question (see docs/handleiding.md)"))
        }
        var questions: [QuizQuestion] = []
        var seenIDs: [String: SourceLocation] = [:]
        for var item in items ?? [] {
            if let question = readQuestion(&item, page: page, seenIDs: &seenIDs) { questions.append(question) }
            diagnostics.append(contentsOf: item.diagnostics)
        }
        diagnostics.append(contentsOf: reader.diagnostics.filter { !$0.message.hasPrefix("unknown key") })
        let slug = String(page.contentPath.split(separator: "/").last!.dropLast(3))
        var quiz = Quiz(slug: slug, title: page.title, sectionPath: section?.value ?? "", questions: questions,
                        contentPath: page.contentPath, file: page.file)
        quiz.shuffle = shuffle
        return (quiz, diagnostics)
    }

    private func readQuestion(_ item: inout FrontMatterReader, page: Page, seenIDs: inout [String: SourceLocation]) -> QuizQuestion? {
        let id = item.string("id", required: true, example: "gronden-grondwet")
        if let id {
            if let first = seenIDs[id.value] {
                item.report(.error(id.location, "question id '\(id.value)' is used twice in this quiz",
                                   hint: "give every question its own id; the first '\(id.value)' is at line \(first.line)"))
            } else {
                seenIDs[id.value] = id.location
            }
            if id.value.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                item.report(.error(id.location, "question id '\(id.value)' may only contain letters, digits and '-'",
                                   hint: "for example 'id: gronden-grondwet'"))
            }
        }
        let type: QuizQuestionType? = item.choice("type", required: true, example: "single", what: "question type")
        let question = item.string("question", required: true, example: "Wat is indirect onderscheid?")
        let explanation = item.string("explanation", required: true, example: "Uitleg die na het antwoorden verschijnt")
        var answers: [QuizAnswer] = []
        let answerItems = item.mappingList("answers", itemName: "answer") ?? []
        for var answerItem in answerItems {
            let text = answerItem.string("text", required: true, example: "Juist")
            let correct = answerItem.bool("correct")
            let feedback = answerItem.string("feedback", required: true, example: "Waarom dit antwoord goed of fout is")
            answerItem.warnUnknownKeys(allowed: Quiz.answerKeys)
            item.absorb(answerItem)
            if let text {
                answers.append(QuizAnswer(text: text.value, correct: correct?.value ?? false,
                                          feedback: feedback?.value ?? "", location: text.location))
            }
        }
        let answersAt = item.keyLocation("answers")
        let correctCount = answers.filter(\.correct).count
        let answersNode = item.node("answers")
        let answersAreAList = answersNode?.items != nil
        if !item.isMapping || (answersNode != nil && !answersNode!.isNull && !answersAreAList) {
            // Already reported: the question or its answers have the wrong shape.
        } else if answerItems.isEmpty {
            item.report(.error(answersAt, "question has no answers", hint: "add 'answers:' with at least two answers"))
        } else if correctCount == 0 {
            item.report(.error(answersAt, "question has no correct answer", hint: "mark the right answer with 'correct: true'"))
        } else if type == .single && correctCount > 1 {
            item.report(.error(answersAt, "a 'single' question has \(correctCount) correct answers",
                               hint: "mark exactly one answer 'correct: true', or use 'type: multiple'"))
        } else if type == .truefalse {
            let texts = answers.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
            if texts.count != 2 || Set(texts) != ["juist", "onjuist"] || correctCount != 1 {
                item.report(.error(answersAt, "a 'truefalse' question needs exactly two answers, 'Juist' and 'Onjuist', one of them correct",
                                   hint: "write the answers 'Juist' and 'Onjuist' and mark the right one 'correct: true'"))
            }
        }
        let (links, linkDiagnostics) = LinkResolver(index: index).resolvePages(item.stringList("links") ?? [], from: page)
        for diagnostic in linkDiagnostics { item.report(diagnostic) }
        item.warnUnknownKeys(allowed: Quiz.questionKeys)
        guard let id, let type, let question else { return nil }
        return QuizQuestion(
            id: id.value, type: type, question: question.value, questionLocation: question.location,
            answers: answers, explanation: explanation?.value ?? "",
            explanationLocation: explanation?.location ?? question.location,
            links: links, location: item.location)
    }
}
