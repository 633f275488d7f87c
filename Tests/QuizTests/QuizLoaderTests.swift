import Content
import Quiz
import SiteModel
import Testing

@Suite struct QuizLoaderTests {
    static let sections = [
        "index.md": "---\ntitle: Home\n---\n",
        "definities/_index.md": "---\ntitle: Definities\n---\n",
        "definities/racisme.md": "---\ntitle: Racisme\n---\n## Kop\n",
    ]

    func load(_ questions: String) -> (Quiz?, [Diagnostic]) {
        let loader = PageLoader(extraKeys: [.quiz: Quiz.keys])
        let pages = Self.sections.map { loader.load(contentPath: $0.key, text: $0.value).page! }
        let index = SiteIndex(pages: pages.map(PageSummary.init))
        let quizPage = loader.load(contentPath: "toetsen/t.md", text: "---\ntitle: Toets\nsection: definities\n" + questions + "---\nIntro\n")
        #expect(quizPage.diagnostics.isEmpty)
        return QuizLoader(index: index).load(quizPage.page!)
    }

    func messages(_ questions: String) -> [String] {
        load(questions).1.map { "\($0.location.line):\($0.location.column) \($0.message.english)" }
    }

    @Test func readsAValidQuiz() {
        let (quiz, diagnostics) = load("""
        questions:
          - id: q1
            type: truefalse
            question: "Klopt het?"
            answers:
              - {text: Juist, correct: true, feedback: "Ja."}
              - {text: Onjuist, correct: false, feedback: "Nee."}
            explanation: Uitleg.
            links: [../definities/racisme.md#kop]

        """)
        #expect(diagnostics.isEmpty)
        #expect(quiz?.questions.count == 1)
        #expect(quiz?.questions[0].links.map(\.value) == ["definities/racisme.md"])
    }

    @Test func readsTheShuffleOption() {
        let (quiz, diagnostics) = load("""
        shuffle: true
        questions:
          - id: q1
            type: single
            question: Vraag
            answers:
              - {text: A, correct: true, feedback: x}
              - {text: B, correct: false, feedback: y}
            explanation: Uitleg.

        """)
        #expect(diagnostics.isEmpty)
        #expect(quiz?.shuffle == true)
    }

    @Test func rejectsAQuizWithoutQuestions() {
        #expect(messages("questions: []\n") == ["4:1 the quiz has no questions"])
    }

    @Test func rejectsAQuestionWithoutACorrectAnswer() {
        #expect(messages("""
        questions:
          - id: q1
            type: single
            question: Vraag
            answers:
              - {text: A, correct: false, feedback: x}
            explanation: Uitleg.

        """) == ["8:5 question has no correct answer"])
    }

    @Test func rejectsASingleChoiceWithSeveralCorrectAnswers() {
        #expect(messages("""
        questions:
          - id: q1
            type: single
            question: Vraag
            answers:
              - {text: A, correct: true, feedback: x}
              - {text: B, correct: true, feedback: y}
            explanation: Uitleg.

        """) == ["8:5 a 'single' question has 2 correct answers"])
    }

    @Test func rejectsTrueFalseWithOtherAnswers() {
        #expect(messages("""
        questions:
          - id: q1
            type: truefalse
            question: Vraag
            answers:
              - {text: Ja, correct: true, feedback: x}
              - {text: Nee, correct: false, feedback: y}
            explanation: Uitleg.

        """) == ["8:5 a 'truefalse' question needs exactly two answers, 'Juist' and 'Onjuist', one of them correct"])
    }

    @Test func rejectsDuplicateIDsEmptyTextsUnknownKeysAndMissingPages() {
        let found = messages("""
        questions:
          - id: q1
            type: single
            question: ""
            answers:
              - {text: A, correct: true, feedback: x, score: 1}
            explanation: Uitleg.
            links: [../definities/racism.md]
          - id: q1
            type: singel
            question: Vraag
            answers:
              - {text: A, correct: true, feedback: x}
            explanation: Uitleg.

        """)
        #expect(found.contains("7:16 'question' is empty"))
        #expect(found.contains("9:47 unknown key 'score' in answer 1"))
        #expect(found.contains("11:13 page '../definities/racism.md' does not exist (looked for content/definities/racism.md)"))
        #expect(found.contains("12:9 question id 'q1' is used twice in this quiz"))
        #expect(found.contains("13:11 unknown question type 'singel'"))
    }

    @Test func suggestsASectionAndListsAFewWhateverTheirNumber() throws {
        let loader = PageLoader(extraKeys: [.quiz: Quiz.keys])
        let folders = (0..<500).map { "sectie-\($0)" }
        let pages = (["index.md": "---\ntitle: Home\n---\n"]
            .merging(folders.map { ("\($0)/_index.md", "---\ntitle: \($0)\n---\n") }) { a, _ in a })
            .map { loader.load(contentPath: $0.key, text: $0.value).page! }
        let index = SiteIndex(pages: pages.map(PageSummary.init))
        let quiz = loader.load(contentPath: "toetsen/t.md", text: "---\ntitle: Toets\nsection: sectie-4o2\nquestions: []\n---\n").page!
        let diagnostic = try #require(QuizLoader(index: index).load(quiz).diagnostics.first)
        #expect(diagnostic.message.english == "section 'sectie-4o2' does not exist")
        #expect(diagnostic.fix == Fix(replacing: "sectie-4o2", with: "sectie-402"))
        #expect(diagnostic.hint?.english == "name the folder of a section: "
            + "sectie-0, sectie-1, sectie-10, sectie-100, sectie-101, sectie-102, sectie-103, sectie-104, ...; "
            + "or remove the line, and the quiz is listed under toetsen only")
    }
}
