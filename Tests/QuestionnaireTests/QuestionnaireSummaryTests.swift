import Content
import Questionnaire
import SiteModel
import Testing

/// `summary:` on a question: the question `kennisbank resultaten` answers at the top of its report.
@Suite struct QuestionnaireSummaryTests {
    func load(_ questions: String) -> (Questionnaire?, [Diagnostic]) {
        let loader = PageLoader(extraKeys: [.questionnaire: Questionnaire.keys])
        let page = loader.load(contentPath: "vragenlijsten/scan.md", text: """
        ---
        title: Scan
        scales:
          eens: [oneens, neutraal, eens]
        themes:
          - id: t
            title: T
            questions:
        \(questions)
        ---
        """)
        return QuestionnaireLoader(index: SiteIndex(pages: [])).load(page.page!)
    }

    func messages(_ questions: String) -> [String] {
        load(questions).1.map { "\($0.location.line):\($0.location.column) \($0.message.english) | \($0.hint?.english ?? "")" }
    }

    @Test func readsATextOrAQuestionWithTheAnswersThatMeanYes() throws {
        let (questionnaire, diagnostics) = load("""
              - {id: a, type: scale, scale: eens, text: A, summary: {question: "Past het?", answers: [eens, neutraal]}}
              - {id: b, type: single, text: B, options: [Ja, Nee], summary: "Wat kiezen ze?"}
        """)
        #expect(diagnostics.isEmpty)
        let questions = try #require(questionnaire).questions
        #expect(questions[0].summary?.question == "Past het?" && questions[0].summary?.answers == [1, 2])
        #expect(questions[1].summary?.question == "Wat kiezen ze?" && questions[1].summary?.answers == [])
    }

    @Test func anUnknownAnswerGetsADidYouMeanItsPlace() {
        #expect(messages("      - {id: a, type: scale, scale: eens, text: A, summary: {question: Q, answers: [een]}}") == [
            "9:85 the question has no answer 'een' | use answers of this question exactly as written: 'oneens', 'neutraal', 'eens'",
        ])
        // The 'did you mean' is a fix: the text to paste at the caret.
        let diagnostic = load("      - {id: a, type: scale, scale: eens, text: A, summary: {question: Q, answers: [een]}}").1.first
        #expect(diagnostic?.fix == Fix(replacing: "een", with: "eens"))
        #expect(diagnostic?.message.dutch == "de vraag heeft geen antwoord 'een'")
    }

    @Test func refusesSummariesThatCannotSayAnything() {
        #expect(messages("      - {id: a, type: open, text: A, summary: Q}").first ==
            "9:38 an 'open' question cannot be a summary question | put 'summary:' on a choice or scale question; open answers are listed in full in the report")
        #expect(messages("      - {id: a, type: single, text: A, options: [X, Y], summary: {question: Q, answers: [X, Y]}}").first?
            .contains("counts every answer as 'yes'") == true)
        #expect(messages("      - {id: a, type: single, text: A, options: [X, Y], summary: [Q]}").first?.contains("'summary' must be a text") == true)
        #expect(messages("      - {id: a, type: single, text: A, options: [X, Y], summary: {answers: [X]}}").first?.contains("the summary has no 'question'") == true)
        #expect(messages("      - {id: a, type: single, text: A, options: [X, Y], summary: {question: Q, answer: [X]}}").first?
            .contains("unknown key 'answer' in the summary") == true)
    }
}
