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
        // Without a section the quiz is listed under toetsen only.
        var section = reader.string("section")
        let shuffle = reader.bool("shuffle")?.value ?? false
        if let written = section, index.sectionPage(written.value) == nil || written.value.isEmpty {
            // A section whose _index.md did not load has its own error.
            if !index.unloadable.contains(written.value + "/_index.md") {
                let sections = index.sectionSuggestions.listed(atMost: 8)
                let guess = index.sectionSuggestions.closest(to: written.value)
                diagnostics.append(.error(written.location, .sectionMissing(written.value),
                                          hint: sections.isEmpty ? .sectionMissingNoSectionsHint() : .sectionMissingHint(sections),
                                          fix: guess.map { Fix(replacing: written.value, with: $0) }))
            }
            section = nil
        }
        let items = reader.mappingList("questions", item: Phrase.question)
        if items == nil || items!.isEmpty {
            diagnostics.append(.error(reader.keyLocation("questions"), .quizNoQuestions(), hint: .quizNoQuestionsHint()))
        }
        var questions: [QuizQuestion] = []
        var seenIDs: [String: SourceLocation] = [:]
        for var item in items ?? [] {
            if let question = readQuestion(&item, page: page, seenIDs: &seenIDs) { questions.append(question) }
            diagnostics.append(contentsOf: item.diagnostics)
        }
        diagnostics.append(contentsOf: reader.diagnostics.filter { $0.message.id != .unknownKey })
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
                item.report(.error(id.location, .quizIDTwice(id.value), hint: .quizIDTwiceHint(id.value, firstLine: first.line)))
            } else {
                seenIDs[id.value] = id.location
            }
            if id.value.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                let slug = Slug.make(id.value)
                item.report(.error(id.location, .quizIDCharacters(id.value), hint: .idExampleHint("gronden-grondwet"),
                                   fix: slug.isEmpty ? nil : Fix(replacing: id.value, with: slug)))
            }
        }
        let type: QuizQuestionType? = item.choice("type", required: true, example: "single", what: .questionType)
        let question = item.string("question", required: true, example: "Wat is indirect onderscheid?")
        let explanation = item.string("explanation", required: true, example: "Uitleg die na het antwoorden verschijnt")
        var answers: [QuizAnswer] = []
        let answerItems = item.mappingList("answers", item: Phrase.answer) ?? []
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
            item.report(.error(answersAt, .questionNoAnswers(), hint: .questionNoAnswersHint()))
        } else if correctCount == 0 {
            item.report(.error(answersAt, .questionNoCorrect(), hint: .questionNoCorrectHint()))
        } else if type == .single && correctCount > 1 {
            item.report(.error(answersAt, .singleManyCorrect(correctCount), hint: .singleManyCorrectHint()))
        } else if type == .truefalse {
            let texts = answers.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
            if texts.count != 2 || Set(texts) != ["juist", "onjuist"] || correctCount != 1 {
                item.report(.error(answersAt, .trueFalseShape(), hint: .trueFalseShapeHint()))
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
