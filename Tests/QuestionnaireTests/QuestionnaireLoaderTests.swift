import Content
import Questionnaire
import SiteModel
import Testing

@Suite struct QuestionnaireLoaderTests {
    static let pages = [
        "index.md": "---\ntitle: Home\n---\n",
        "valkuilen/_index.md": "---\ntitle: Valkuilen\n---\n",
        "valkuilen/eigen-rol.md": "---\ntitle: Eigen rol\n---\n## Melden\n",
    ]

    /// Loads a questionnaire whose front matter (after the title) is `yaml`; its first line is line 3.
    func load(_ yaml: String) -> (Questionnaire?, [Diagnostic]) {
        let loader = PageLoader(extraKeys: [.questionnaire: Questionnaire.keys])
        let pages = Self.pages.map { loader.load(contentPath: $0.key, text: $0.value).page! }
        let index = SiteIndex(pages: pages.map(PageSummary.init))
        let page = loader.load(contentPath: "vragenlijsten/scan.md", text: "---\ntitle: Scan\n" + yaml + "---\nIntro\n")
        #expect(page.diagnostics.isEmpty)
        return QuestionnaireLoader(index: index).load(page.page!)
    }

    func messages(_ yaml: String) -> [String] {
        load(yaml).1.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue): \($0.message.english)" }
    }

    static let frequency = """
    scales:
      frequentie:
        - {label: Nooit, points: 0}
        - {label: Soms, points: 1}
        - {label: Vaak, points: 2}
        - {label: Altijd, points: 3}

    """

    @Test func readsThemesQuestionsScalesAndLevels() {
        let (questionnaire, diagnostics) = load(Self.frequency + """
        mailto: evaluatie@example.org
        themes:
          - id: regels
            title: Regels
            intro: Over regels.
            questions:
              - {id: taal, type: scale, scale: frequentie, text: "We vragen naar taal."}
              - {id: keuze, type: single, text: Wie?, options: [{label: Ik, points: 0}, {label: Team, points: 2}]}
              - {id: meer, type: multiple, text: Wat?, options: [A, B, C]}
              - {id: open, type: open, text: Toelichting, help: Kort graag.}
            levels:
              - {label: Laag, max: 1, text: Goed zo.}
              - {label: Midden, max: 3, text: Let op., links: [../valkuilen/eigen-rol.md#melden]}
              - {label: Hoog, text: Actie nodig.}

        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let theme = questionnaire!.themes[0]
        #expect(questionnaire?.mail == .to("evaluatie@example.org"))
        #expect(theme.questions.map(\.type) == [.scale, .single, .multiple, .open])
        #expect(theme.questions[0].options.map(\.points) == [0, 1, 2, 3])
        #expect(theme.questions.map(\.isScored) == [true, true, false, false])
        #expect(theme.scoreRange == 0...5)
        #expect(theme.levels.map(\.scores) == [0...1, 2...3, 4...5])
        #expect(theme.levels[1].links.map(\.value) == ["valkuilen/eigen-rol.md"])
        #expect(theme.level(for: 4)?.label == "Hoog")
    }

    @Test func numbersScaleStepsWithoutPointsFromOne() {
        let (questionnaire, diagnostics) = load("""
        scales:
          eens: [Helemaal oneens, Oneens, Neutraal, Eens, Helemaal eens]
        themes:
          - id: t
            title: T
            questions:
              - {id: q, type: scale, scale: eens, text: Vraag}

        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(questionnaire?.themes[0].questions[0].options.map(\.points) == [1, 2, 3, 4, 5])
        #expect(questionnaire?.isScored == false)
    }

    @Test func multipleChoiceRangeCountsAnySetOfOptions() {
        let question = QuestionnaireQuestion(
            id: "q", type: .multiple, text: "Q", textLocation: SourceLocation(file: "f"),
            options: [-2, 1, 3].map { QuestionnaireOption(label: "\($0)", points: $0, location: SourceLocation(file: "f")) },
            location: SourceLocation(file: "f"))
        #expect(question.pointRange == -2...4)
        #expect(!question.isNeededForLevel)
    }

    @Test func acceptsMailtoTrueForAMessageWithoutAddressee() {
        let (questionnaire, _) = load("mailto: true\nthemes:\n  - {id: t, title: T, questions: [{id: q, type: open, text: Q}]}\n")
        #expect(questionnaire?.mail == .anyone)
        #expect(questionnaire?.mail?.href == "mailto:")
    }

    @Test func rejectsMailtoThatCouldAddHeaders() {
        #expect(messages("mailto: \"a@b.nl?bcc=x@y.nl\"\nthemes:\n  - {id: t, title: T, questions: [{id: q, type: open, text: Q}]}\n")
            == ["3:10 error: 'mailto' must be one e-mail address or true, found 'a@b.nl?bcc=x@y.nl'"])
    }

    @Test func rejectsAQuestionnaireWithoutThemes() {
        #expect(messages("themes: []\n") == ["3:1 error: the vragenlijst has no themes"])
    }

    @Test func reportsUnknownTypesAndScalesWithASuggestion() {
        let (_, diagnostics) = load(Self.frequency + """
        themes:
          - id: t
            title: T
            questions:
              - {id: a, type: scael, text: Vraag}
              - {id: b, type: scale, scale: frequenti, text: Vraag}

        """)
        // The scale meant by the misspelt name is not also reported as unused.
        #expect(diagnostics.map(\.message.english) == ["unknown question type 'scael'", "scale 'frequenti' does not exist"])
        #expect(diagnostics[0].fix == Fix(replacing: "scael", with: "scale"))
        #expect(diagnostics[1].fix == Fix(replacing: "frequenti", with: "frequentie"))
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["13:23", "14:37"])
    }

    @Test func rejectsDuplicateIDsAcrossThemesAndBadIDs() {
        #expect(messages("""
        themes:
          - id: t
            title: T
            questions: [{id: q, type: open, text: Q}]
          - id: T 2
            title: T2
            questions: [{id: q, type: open, text: Q}]

        """) == ["7:9 error: theme id 'T 2' may only contain lowercase letters, digits and '-'",
                 "9:22 error: question id 'q' is used twice in this vragenlijst"])
    }

    @Test func checksOptionsOfChoiceQuestions() {
        #expect(messages("""
        themes:
          - id: t
            title: T
            questions:
              - {id: a, type: single, text: Q}
              - {id: b, type: multiple, text: Q, options: [A]}
              - {id: c, type: single, text: Q, options: [A, A]}
              - {id: d, type: single, text: Q, options: [{label: A, points: 1}, B]}
              - {id: e, type: open, text: Q, options: [A, B]}

        """) == ["7:9 error: a 'single' question needs 'options:'",
                 "8:42 error: a 'multiple' question needs at least two options",
                 "9:53 error: this question has the answer 'A' twice",
                 "10:73 error: answer 'B' of this question has no points, but other answers do",
                 "11:47 error: an 'open' question has no 'options'"])
    }

    @Test func rejectsLevelsThatCannotAllBeReached() {
        // Four questions of 0 to 3 points: scores 0 to 12.
        let questions = (1...4).map { "      - {id: q\($0), type: scale, scale: frequentie, text: Q}" }.joined(separator: "\n")
        func levels(_ lines: String) -> [String] {
            messages(Self.frequency + "themes:\n  - id: t\n    title: T\n    questions:\n" + questions + "\n    levels:\n" + lines)
        }
        #expect(levels("      - {label: Laag, max: 4, text: x}\n      - {label: Hoog, text: y}\n").isEmpty)
        #expect(levels("      - {label: Laag, max: -1, text: x}\n      - {label: Hoog, text: y}\n")
            == ["18:28 error: level 'Laag' can never be reached: the lowest score of this theme is 0"])
        #expect(levels("      - {label: Laag, max: 12, text: x}\n      - {label: Hoog, text: y}\n")
            == ["18:28 error: the levels after 'Laag' can never be reached: the highest score of this theme is 12"])
        #expect(levels("      - {label: Laag, max: 5, text: x}\n      - {label: Midden, max: 5, text: y}\n      - {label: Hoog, text: z}\n")
            == ["19:30 error: level 'Midden' is empty: its 'max' (5) is not higher than the level before (5)"])
        #expect(levels("      - {label: Laag, max: 5, text: x}\n      - {label: Hoog, max: 11, text: y}\n")
            == ["19:28 error: the last level must reach the highest score of this theme (12), not 11"])
        #expect(levels("      - {label: Laag, text: x}\n      - {label: Hoog, text: y}\n")
            == ["18:17 error: level 'Laag' has no 'max'"])
        #expect(levels("      - {label: Laag, text: x}\n") == ["17:5 error: a scoring rule needs at least two levels"])
        #expect(levels("      - {label: Laag, max: 4, text: x, links: [../valkuilen/eigen-rl.md]}\n      - {label: Laag, text: y}\n")
            == ["18:48 error: page '../valkuilen/eigen-rl.md' does not exist (looked for content/valkuilen/eigen-rl.md)",
                "19:17 error: two levels are called 'Laag'"])
    }

    @Test func rejectsPointsThatCouldOverflowAScore() {
        #expect(messages("""
        themes:
          - id: t
            title: T
            questions:
              - {id: q, type: single, text: Q, options: [{label: A, points: 9223372036854775807}, {label: B, points: 1}]}

        """) == ["7:69 error: points 9223372036854775807 are out of range",
                 "7:58 error: answer 'A' of this question has no points, but other answers do"])
    }

    @Test func rejectsLevelsOnAThemeWithoutPoints() {
        #expect(messages("""
        themes:
          - id: t
            title: T
            questions: [{id: q, type: open, text: Q}]
            levels:
              - {label: Laag, max: 1, text: x}
              - {label: Hoog, text: y}

        """) == ["7:5 error: theme 't' has levels, but none of its questions gives points"])
    }

    @Test func neverStopsAtTheFirstProblemOrCrashesOnWrongShapes() {
        let found = messages("""
        scales: [a, b]
        themes:
          - just a text
          - id: t
            title: [x]
            questions:
              - {id: q, type: scale, text: Q}
              - 42
            levels: nope
            colour: red

        """)
        #expect(found == [
            "3:9 error: 'scales' must be a set of named scales, found a list",
            "5:5 error: theme 1 must be a set of 'key: value' lines, found a text",
            "7:12 error: 'title' must be a text, found a list",
            "9:9 error: a 'scale' question needs 'scale:'",
            "10:9 error: question 2 must be a set of 'key: value' lines, found a text",
            "11:13 error: 'levels' must be a list, found a text",
            "12:5 warning: unknown key 'colour' in theme 2",
        ])
    }
}
