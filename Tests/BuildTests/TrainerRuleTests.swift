import Build
import Foundation
import SiteModel
import Testing

/// The rules of the trainers' guide that the build checks, and what it says about the site's setup.
@Suite struct TrainerRuleTests {
    static let home = """
    -- content/index.md --
    ---
    title: Home
    ---
    Tekst.

    """

    /// The questions of a quiz with one question, and the end of its front matter.
    static let oneQuestion = """
    questions:
      - id: v
        type: truefalse
        question: "Klopt het?"
        answers:
          - {text: Juist, correct: true, feedback: "Ja."}
          - {text: Onjuist, correct: false, feedback: "Nee."}
        explanation: "Uitleg."
    ---
    """

    @Test func aPublishedSiteWithoutEditURLGetsANoteThatDoesNotFailIt() throws {
        let without = FixtureSite.build(Self.home + "-- .gitlab-ci.yml --\npages:\n  script: [make]\n-- kennisbank.yml --\ntitle: X\n# editURL: https://gitlab.com/x/y/-/edit/main/\n")
        let note = try #require(without.diagnostics.first)
        #expect(without.diagnostics.count == 1 && note.severity == .note && note.message.id == .editURLMissing)
        #expect(note.location.description == "kennisbank.yml:2:1", "points at the commented-out line")
        #expect(note.message.dutch.contains("(.gitlab-ci.yml)") && note.hint?.dutch.contains("via zijn pad") == true)
        #expect(!without.failed(strict: true), "the site may be published without the link")
        let github = FixtureSite.build(Self.home + "-- .github/workflows/publish.yml --\non: push\n")
        #expect(github.diagnostics.map(\.message.id) == [.editURLMissing])
        let set = FixtureSite.build(Self.home + "-- .gitlab-ci.yml --\npages: {}\n-- kennisbank.yml --\neditURL: https://gitlab.com/x/y/-/edit/main/\n")
        #expect(set.diagnostics.isEmpty, "\(set.formattedDiagnostics)")
        #expect(FixtureSite.build(Self.home).diagnostics.isEmpty, "no pipeline, no note")
    }

    @Test func aLevelOneHeadingInTheTextIsAWarning() throws {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        # Welkom

        Tekst.

        Ook welkom
        ==========

        ## Goed
        """)
        #expect(result.diagnostics.map(\.message.id) == [.headingLevelOne, .headingLevelOne])
        #expect(result.diagnostics.map(\.location.line) == [4, 8])
        #expect(result.diagnostics[0].fix == Fix(replacing: "# Welkom", with: "## Welkom"))
        #expect(result.diagnostics[1].fix == nil, "an underlined heading has no '#' to change")
        #expect(result.failed(strict: true))
    }

    @Test func aQuizSaysOneQuestionInTheSingular() throws {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        -- content/definities/_index.md --
        ---
        title: Definities
        ---
        -- content/definities/a.md --
        ---
        title: A
        ---
        Tekst.
        -- content/toetsen/_index.md --
        ---
        title: Toetsen
        ---
        -- content/toetsen/een.md --
        ---
        title: Een vraag
        section: definities

        """ + Self.oneQuestion)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(try FixtureSite.output(result, "definities/a/index.html").contains("(1 vraag)"))
        #expect(try FixtureSite.output(result, "toetsen/index.html").contains("1 vraag</p>"))
        #expect(try !FixtureSite.output(result, "toetsen/index.html").contains("1 vragen"))
    }

    @Test func aQuizWithoutSectionIsListedUnderToetsenOnly() throws {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        -- content/los.md --
        ---
        title: Los
        ---
        Tekst.
        -- content/toetsen/_index.md --
        ---
        title: Toetsen
        ---
        -- content/toetsen/los.md --
        ---
        title: Losse toets

        """ + Self.oneQuestion)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(try FixtureSite.output(result, "toetsen/index.html").contains("Losse toets"))
        #expect(try !FixtureSite.output(result, "los/index.html").contains("Losse toets"))
        #expect(try !FixtureSite.output(result, "index.html").contains("Test jezelf"))
    }
}
