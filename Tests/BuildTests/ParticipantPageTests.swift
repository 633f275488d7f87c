import Build
import Foundation
import SiteModel
import Testing

/// What a participant meets on every page and in a quiz (issue #27): the main menu with top-level
/// pages that ask for it, one search box on the search page, the theme's icon, quiz questions that
/// say how many there are and give nothing away through glossary links, and tick boxes on paper.
@Suite struct ParticipantPageTests {
    static let site = """
    -- kennisbank.yml --
    title: Testbank
    -- content/index.md --
    ---
    title: Home
    ---
    Welkom.
    -- content/a/_index.md --
    ---
    title: Deel A
    weight: 10
    ---
    Over deel A.
    -- content/a/een.md --
    ---
    title: Een
    ---
    Tekst over racisme.
    -- content/b/_index.md --
    ---
    title: Deel B
    weight: 20
    ---
    Over deel B.
    -- content/melden.md --
    ---
    title: Melden en hulp
    weight: 15
    menu: true
    ---
    Waar meld je racisme?
    -- content/colofon.md --
    ---
    title: Colofon
    ---
    Niet in het menu.
    -- content/begrippen/racisme.md --
    ---
    title: Racisme
    definition: Discriminatie op grond van ras.
    ---
    Uitleg.
    -- content/toetsen/a.md --
    ---
    title: "Toets: A"
    section: a
    questions:
      - id: v1
        type: single
        question: "Is racisme een vorm van discriminatie?"
        answers:
          - text: Ja, racisme is dat
            correct: true
            feedback: Klopt.
          - text: Nee
            correct: false
            feedback: Toch wel.
        explanation: Racisme is discriminatie op grond van ras.
        links: [../a/een.md]
      - id: v2
        type: multiple
        question: |
          Lees eerst dit.

          Welke horen bij racisme?
        answers:
          - {text: Huidskleur, correct: true, feedback: Ja.}
          - {text: Afkomst, correct: true, feedback: Ja.}
          - {text: Leeftijd, correct: false, feedback: Nee.}
        explanation: Zie [[racisme]].
    ---
    Oefen.
    """

    static func menu(_ html: String) -> [String] {
        guard let start = html.range(of: "<nav class=\"site-nav\""), let end = html[start.upperBound...].range(of: "</nav>") else { return [] }
        return html[start.upperBound..<end.lowerBound].matches(of: /<a href="([^"]+)"[^>]*>([^<]+)<\/a>/).map { String($0.2) }
    }

    @Test func putsTopLevelPagesWithMenuTrueInTheMainMenuInWeightOrder() throws {
        let result = FixtureSite.build(Self.site)
        #expect(!result.diagnostics.hasErrors, "\(result.formattedDiagnostics)")
        for path in ["index.html", "a/een/index.html", "colofon/index.html", "zoeken/index.html", "404.html", "print/index.html"] {
            #expect(Self.menu(try FixtureSite.output(result, path)) == ["Deel A", "Melden en hulp", "Deel B"], "\(path)")
        }
        let own = try FixtureSite.output(result, "melden/index.html")
        #expect(own.contains("<li><a href=\"index.html\" class=\"is-current\" aria-current=\"page\">Melden en hulp</a></li>"))
        // Another top-level page marks no entry as current.
        #expect(!(try FixtureSite.output(result, "colofon/index.html")).contains("is-current"))
    }

    @Test func takesASectionOutOfTheMenuWithMenuFalse() throws {
        let site = Self.site.replacingOccurrences(of: "title: Deel B\nweight: 20\n", with: "title: Deel B\nweight: 20\nmenu: false\n")
        #expect(site != Self.site)
        let result = FixtureSite.build(site)
        #expect(Self.menu(try FixtureSite.output(result, "index.html")) == ["Deel A", "Melden en hulp"])
    }

    @Test func warnsWhereMenuCannotWork() throws {
        let site = Self.site.replacingOccurrences(of: "title: Een\n", with: "title: Een\nmenu: true\n")
        let result = FixtureSite.build(site)
        let warning = try #require(result.diagnostics.first { $0.message.english.contains("'menu'") })
        #expect(warning.severity == .warning)
        #expect(warning.location.description == "content/a/een.md:3:1")
        #expect(warning.hint?.english.contains("remove the line 'menu: true'") == true)
        #expect(!Self.menu(try FixtureSite.output(result, "index.html")).contains("Een"))
    }

    @Test func showsOneSearchBoxOnTheSearchPage() throws {
        let result = FixtureSite.build(Self.site)
        let search = try FixtureSite.output(result, "zoeken/index.html")
        #expect(!search.contains("id=\"zoekveld\"") && search.contains("id=\"zoekpagina-veld\""))
        #expect(search.matches(of: /type="search"/).count == 1)
        #expect(try FixtureSite.output(result, "index.html").contains("id=\"zoekveld\""))
    }

    @Test func namesTheThemeIconOnEveryPageAndAnswersAtFaviconIco() throws {
        let result = FixtureSite.build(Self.site)
        let pages = result.files.map(\.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        for path in pages {
            let html = try FixtureSite.output(result, path)
            #expect(html.contains("<link rel=\"icon\" href=\"") && html.contains("assets/icons/favicon.svg\" type=\"image/svg+xml\">"), "\(path)")
        }
        #expect(try FixtureSite.output(result, "a/een/index.html").contains("<link rel=\"icon\" href=\"../../assets/icons/favicon.ico\" sizes=\"32x32\">"))
        #expect(result.copies.contains { $0.path == "favicon.ico" && $0.source.path.hasSuffix("icons/favicon.ico") })
    }

    @Test func numbersQuestionsOutOfTheTotalAndLinksTermsOnlyInExplanations() throws {
        let result = FixtureSite.build(Self.site)
        let quiz = FixtureSite.main(of: try FixtureSite.output(result, "toetsen/a/index.html"))
        #expect(quiz.contains("<legend><span class=\"quiz-question__number\">Vraag 1 van 2.</span> Is racisme een vorm van discriminatie?</legend>"))
        // A question of several paragraphs: the legend numbers it and the text follows.
        #expect(quiz.contains("<legend><span class=\"quiz-question__number\">Vraag 2 van 2</span></legend>"))
        let questions = quiz.components(separatedBy: "<fieldset").dropFirst().map { $0.components(separatedBy: "<details")[0] }
        #expect(questions.count == 2)
        for question in questions { #expect(!question.contains("term-link"), "\(question)") }
        // The explanation links the term (automatically, or as written with [[...]]).
        #expect(quiz.contains("<div class=\"quiz-explanation\"><p><a class=\"term-link\" href=\"../../begrippen/racisme/index.html\""))
        #expect(quiz.contains("<p>Zie <a class=\"term-link\" href=\"../../begrippen/racisme/index.html\""))
    }

    @Test func givesTheParticipantsPrintEditionBoxesToTick() throws {
        let result = FixtureSite.build(Self.site)
        let participants = try FixtureSite.output(result, "print/onderdeel/a/index.html")
        let trainers = try FixtureSite.output(result, "print/onderdeel/a/trainer/index.html")
        #expect(participants.contains("<li class=\"print-answer\"><span class=\"print-vakje\" aria-hidden=\"true\"></span><span class=\"print-answer__letter\">A.</span>"))
        #expect(participants.matches(of: /class="print-vakje"/).count == 5)
        #expect(!trainers.contains("print-vakje"))
    }
}
