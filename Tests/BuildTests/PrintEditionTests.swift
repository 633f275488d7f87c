import Build
import Foundation
import SiteModel
import Testing

@Suite struct PrintEditionTests {
    static let site = """
    -- kennisbank.yml --
    title: Testbank
    -- content/index.md --
    ---
    title: Home
    ---
    Welkom. Lees [Een](a/een.md#kop) en [extern](https://example.org/x).
    -- content/a/_index.md --
    ---
    title: Deel A
    weight: 1
    ---
    Over [[racisme]].
    -- content/a/een.md --
    ---
    title: Een
    sources:
      - title: Bron
        url: https://example.org/bron
    ---
    ## Kop
    Tekst over racisme met een voetnoot[^1] en [terug](../index.md).

    [^1]: Noot.
    -- content/b/_index.md --
    ---
    title: Deel B
    weight: 2
    ---
    ## Kop
    Zie [Een](../a/een.md).
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
        question: "Wat is racisme?"
        answers:
          - text: Ras
            correct: true
            feedback: Klopt.
          - text: Iets anders
            correct: false
            feedback: Nee.
        explanation: Zie de definitie.
        links: [../a/een.md]
    ---
    Oefen.
    """

    @Test func writesTheWholeTrainingAndEachSectionForBothAudiences() {
        let result = FixtureSite.build(Self.site)
        #expect(result.diagnostics.isEmpty)
        let printed = result.files.map(\.path).filter { $0.hasPrefix("print/") }
        #expect(printed == ["print/index.html", "print/onderdeel/a/index.html", "print/onderdeel/a/trainer/index.html",
                            "print/onderdeel/b/index.html", "print/onderdeel/b/trainer/index.html", "print/trainer/index.html"])
    }

    @Test func putsTheTrainingInReadingOrderWithUniqueIDs() throws {
        let html = try FixtureSite.output(FixtureSite.build(Self.site), "print/index.html")
        let titles = ["1</span> Home", "2</span> Deel A", "2.1</span> Een", "3</span> Deel B", "4</span> Begrippenlijst",
                      "4.1</span> Racisme", "5</span> Toetsen", "5.1</span> Toets: A"]
        let body = try String(html[#require(html.range(of: "</nav>\n  <section")).upperBound...])
        let positions = try titles.map { try #require(body.range(of: $0), "\($0) missing").lowerBound }
        #expect(positions == positions.sorted())
        // Both 'Kop' headings and the footnote keep unique ids, prefixed by their part.
        let ids = html.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("deel-2-1_kop") && ids.contains("deel-3_kop") && ids.contains("deel-2-1_fn-1"))
        // A page's h2 sits below the page title (h3 for a page in a chapter).
        #expect(html.contains("<h3 id=\"deel-2-1\" class=\"print-part__title\">"))
        #expect(html.contains("<h4 id=\"deel-2-1_kop\">"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test func turnsLinksIntoReferencesAndTermsIntoPlainText() throws {
        let html = try FixtureSite.output(FixtureSite.build(Self.site), "print/index.html")
        #expect(html.contains("<a href=\"#deel-2-1_kop\">Een</a> <span class=\"print-ref\">(zie 2.1"))
        #expect(html.contains("<span class=\"print-url\">(https://example.org/x)</span>"))
        #expect(html.contains("<a class=\"print-term\" href=\"#deel-4-1\">racisme</a>"))
        #expect(!html.contains("term-link") && !html.contains("begrip-definities"))
        // A section's edition links to pages it leaves out through the site, and says where they are.
        let section = try FixtureSite.output(FixtureSite.build(Self.site), "print/onderdeel/b/index.html")
        #expect(section.contains("<a href=\"#deel-1_kop\">") == false)
        #expect(section.contains("href=\"../../../a/een/index.html\">Een</a> <span class=\"print-ref\">(in de Kennisbank: ‘Een’)</span>"))
    }

    @Test func printsASourceWithoutAnAddressAsItsTitleAsThePageDoes() throws {
        let site = Self.site.replacingOccurrences(
            of: "    url: https://example.org/bron\n",
            with: "    url: https://example.org/bron\n  - title: Interne notitie\n    internal: true\n")
        #expect(site != Self.site)
        let result = FixtureSite.build(site)
        #expect(!result.diagnostics.hasErrors, "\(result.formattedDiagnostics)")
        let html = try FixtureSite.output(result, "print/index.html")
        #expect(html.contains("<li>Interne notitie <span class=\"source-note\">(intern document, niet openbaar)</span></li>"))
        #expect(!html.contains("href=\"\"") && !html.contains("<span class=\"print-url\">()</span>"))
        #expect(html.contains("<li><a href=\"https://example.org/bron\">Bron</a> <span class=\"print-url\">(https://example.org/bron)</span></li>"))
        let page = try FixtureSite.output(result, "a/een/index.html")
        #expect(page.contains("<li>Interne notitie <span class=\"source-note\">(intern document, niet openbaar)</span></li>"))
    }

    @Test func showsAnswersOnlyToTrainers() throws {
        let result = FixtureSite.build(Self.site)
        let participants = try FixtureSite.output(result, "print/onderdeel/a/index.html")
        let trainers = try FixtureSite.output(result, "print/onderdeel/a/trainer/index.html")
        for html in [participants, trainers] {
            #expect(html.contains("<strong>Vraag 1.</strong> Wat is"))
            #expect(html.contains("<span class=\"print-answer__letter\">B.</span> Iets anders"))
        }
        #expect(!participants.contains("Goed antwoord") && !participants.contains("Klopt.") && !participants.contains("Zie de definitie."))
        #expect(trainers.contains("Goed antwoord: A") && trainers.contains("Klopt.") && trainers.contains("Zie de definitie."))
        // The section's edition explains the terms its pages use.
        #expect(trainers.contains("Begrippen in dit onderdeel") && trainers.contains("Discriminatie op grond van ras."))
    }

    @Test func printsEachVragenlijstAsAPaperFormWithItsScoringKey() throws {
        let result = FixtureSite.build(Self.site + """

        -- content/vragenlijsten/_index.md --
        ---
        title: Vragenlijsten
        weight: 3
        ---
        -- content/vragenlijsten/scan.md --
        ---
        title: Scan
        description: Een korte scan.
        weight: 1
        scales:
          vaak: [{label: Nooit, points: 0}, {label: Vaak, points: 2}]
        themes:
          - id: regels
            title: Regels
            intro: Over [[racisme]].
            questions:
              - {id: eisen, type: scale, scale: vaak, text: Eisen zonder reden?}
              - id: wie
                type: single
                text: Wie beslist?
                help: Denk aan vorig jaar.
                options: [{label: Ik, points: 0}, {label: Het systeem, points: 1}]
            levels:
              - {label: Laag risico, max: 1, text: Goed zo., links: [../a/een.md]}
              - {label: Hoog risico, text: Let op.}
          - id: verder
            title: Verder
            questions:
              - {id: afspraak, type: open, text: Welke afspraak maken jullie?}
        ---
        Vul de scan in.
        -- content/vragenlijsten/evaluatie.md --
        ---
        title: Evaluatie
        weight: 2
        themes:
          - id: oordeel
            title: Oordeel
            questions:
              - {id: nuttig, type: multiple, text: Wat was nuttig?, options: [De casus, De toets]}
        ---
        """)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        for path in ["print/index.html", "print/onderdeel/vragenlijsten/index.html"] {
            let html = try FixtureSite.output(result, path)
            let form = try String(html[#require(html.range(of: "Vul de scan in.")).lowerBound...])
            let expected = ["<strong class=\"print-vraag__nummer\">1.</strong> Eisen zonder reden?",
                            "<strong class=\"print-vraag__nummer\">2.</strong> Wie beslist?", "Denk aan vorig jaar.",
                            "<span class=\"print-vakje\" aria-hidden=\"true\"></span> Het systeem",
                            // The scoring key of the scored theme, as the questionnaire page has it.
                            "Je krijgt 0 tot en met 3 punten.", "<strong>Vraag 1</strong>", "<strong>Vraag 2</strong>",
                            "<caption>Uitkomst van het thema Regels</caption>",
                            "<th scope=\"row\" class=\"vragenlijst-niveau__naam\">Laag risico</th>",
                            "<td class=\"vragenlijst-niveau__punten\">0 tot en met 1 punten</td>",
                            "<th scope=\"row\" class=\"vragenlijst-niveau__naam\">Hoog risico</th>",
                            "<td class=\"vragenlijst-niveau__punten\">2 tot en met 3 punten</td>",
                            "<strong class=\"print-vraag__nummer\">3.</strong> Welke afspraak maken jullie?",
                            "<strong class=\"print-vraag__nummer\">1.</strong> Wat was nuttig?", "Kies een of meer antwoorden."]
            let positions = try expected.map { try #require(form.range(of: $0), "\(path): \($0) missing").lowerBound }
            #expect(positions == positions.sorted(), "\(path): not in the questionnaire's order")
            // A box per option (the quizzes later in the edition have their own, in li.print-answer).
            #expect(form.matches(of: /<li><span class="print-vakje"/).count == 6)
            #expect(form.contains("<div class=\"print-vraag__lijnen\" aria-hidden=\"true\">"))
            // A paper form: no form controls, and every id stays unique across the edition.
            let main = FixtureSite.main(of: html)
            for control in ["<form", "<input", "<textarea", "<fieldset", "<label"] { #expect(!main.contains(control), "\(path): \(control)") }
            let ids = html.matches(of: /id="([^"]+)"/).map { String($0.1) }
            #expect(Set(ids).count == ids.count)
            #expect(form.contains("<a class=\"print-term\""))
        }
        // In the whole training the vragenlijsten are numbered parts, their headings below the part's
        // title and their links references to the part they point at.
        let whole = try FixtureSite.output(result, "print/index.html")
        #expect(whole.contains("<a href=\"#deel-4-1\"><span class=\"print-number\">4.1</span> Scan</a>"))
        #expect(whole.contains("<h3 id=\"deel-4-1\" class=\"print-part__title\"><span class=\"print-number\">4.1</span> Scan</h3>"))
        #expect(whole.contains("<h3 id=\"deel-4-2\" class=\"print-part__title\"><span class=\"print-number\">4.2</span> Evaluatie</h3>"))
        #expect(whole.contains("<h4 class=\"vragenlijst-thema__titel\">Regels</h4>"))
        #expect(whole.contains("<a href=\"#deel-2-1\">Een</a> <span class=\"print-ref\">(zie 2.1"))
        // Trainers get the same forms as participants.
        let trainers = try FixtureSite.output(result, "print/trainer/index.html")
        let forms = { (html: String) in html.matches(of: /<div class="print-vragenlijst">[\s\S]*?<\/section>/).map { String($0.0) } }
        #expect(forms(whole).count == 2 && forms(whole) == forms(trainers))
    }

    @Test func writesNoEditionsWhenTheConfigSaysSo() throws {
        let result = FixtureSite.build(Self.site.replacingOccurrences(of: "title: Testbank", with: "title: Testbank\nprint: false"))
        #expect(result.diagnostics.isEmpty)
        #expect(!result.files.contains { $0.path.hasPrefix("print/") })
        #expect(!(try FixtureSite.output(result, "a/een/index.html")).contains("print/"))
        #expect(!(try FixtureSite.output(result, "toetsen/a/index.html")).contains("print/"))
        #expect(try FixtureSite.output(result, "toetsen/a/index.html").contains("andere leeromgevingen.</li>"))
    }

    @Test func reservesThePrintFolder() {
        let result = FixtureSite.build(Self.site + "\n-- content/print/trainer.md --\n---\ntitle: Botsing\n---\n")
        #expect(result.diagnostics.contains { $0.message.english.contains("reserved for the print editions") })
    }

    @Test func linksToTheEditionsFromTheSite() throws {
        let result = FixtureSite.build(Self.site)
        #expect(try FixtureSite.output(result, "a/een/index.html").contains("<a href=\"../../print/index.html\">Afdrukken of opslaan als pdf</a>"))
        #expect(try FixtureSite.output(result, "a/index.html").contains("<a href=\"../print/onderdeel/a/index.html\">Dit onderdeel afdrukken"))
        let quiz = try FixtureSite.output(result, "toetsen/a/index.html")
        #expect(quiz.contains("href=\"../a.qti.zip\"") && quiz.contains("href=\"../../print/onderdeel/a/trainer/index.html\""))
        #expect(result.files.contains { $0.path == "toetsen/a.qti.zip" })
    }
}
