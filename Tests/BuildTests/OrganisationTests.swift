import Build
import Foundation
import SiteModel
import Testing

/// Whose site it is comes from kennisbank.yml (`organisation`, `logo`, `footer`, `description`),
/// never from the theme; the theme links only pages that exist, and a site needs a home page.
@Suite struct OrganisationTests {
    static let logo = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 30\"><path d=\"M0 0h10v30H0z\"/></svg>\n"
    static let pages = """
    -- content/index.md --
    ---
    title: Home
    ---
    Welkom.
    -- content/deel/_index.md --
    ---
    title: Deel
    ---
    -- content/deel/diep/_index.md --
    ---
    title: Diep
    ---
    -- content/deel/diep/pagina.md --
    ---
    title: Pagina
    ---
    Tekst.
    """

    func build(config: String, extra: [String: String] = [:], pages: String = Self.pages) -> BuildResult {
        var files = MemoryFileSystem(fixture: pages + "\n-- kennisbank.yml --\n" + config).contents
        for (path, text) in extra { files[path] = Data(text.utf8) }
        var fileSystem = MemoryFileSystem([:])
        fileSystem.contents = files
        return SiteBuilder(options: FixtureSite.options(), fileSystem: fileSystem, target: .memory).build()
    }

    func html(_ result: BuildResult, _ path: String) -> String {
        result.files.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
    }

    /// The diagnostics as 'file:line:column: severity: message'.
    func lines(_ result: BuildResult) -> [String] {
        result.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message.english)" }
    }

    @Test func showsTheLogoOnEveryPageAndPublishesIt() throws {
        let result = build(config: """
        organisation: Gemeente Voorbeeldstad
        logo:
          file: beeld/logo voorbeeldstad.svg
          alt: Gemeente Voorbeeldstad
        """, extra: ["content/beeld/logo voorbeeldstad.svg": Self.logo])
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(html(result, "index.html").contains(
            "<a class=\"site-title\" href=\"index.html\"><img class=\"site-title__logo\" src=\"beeld/logo%20voorbeeldstad.svg\" alt=\"Gemeente Voorbeeldstad\"> Kennisbank</a>"))
        #expect(html(result, "deel/diep/pagina/index.html").contains("src=\"../../../beeld/logo%20voorbeeldstad.svg\" alt=\"Gemeente Voorbeeldstad\""))
        #expect(html(result, "404.html").contains("<img class=\"site-title__logo\""))
        #expect(result.copies.contains { $0.path == "beeld/logo voorbeeldstad.svg" })
    }

    @Test func withoutALogoTheTitleStandsAlone() {
        let result = build(config: "title: Kennisbank\n")
        #expect(html(result, "index.html").contains("<a class=\"site-title\" href=\"index.html\">Kennisbank</a>"))
        #expect(!html(result, "index.html").contains("<img"))
    }

    @Test func theFooterSaysWhatTheConfigSays() {
        let full = build(config: """
        organisation: "Stichting <Samen>"
        description: Over de site.
        footer: Een kennisbank van Stichting Samen.
        """)
        let footer = html(full, "deel/index.html")
        #expect(footer.contains("<p class=\"site-footer__organisation\">Stichting &lt;Samen&gt;</p>"))
        #expect(footer.contains("<p>Een kennisbank van Stichting Samen.</p>"))
        #expect(!footer.contains("<p>Over de site.</p>"))
        // Without a footer the description stands there; without both, nothing does.
        #expect(html(build(config: "description: Over de site.\n"), "deel/index.html").contains("<p>Over de site.</p>"))
        let bare = html(build(config: "title: Kennisbank\n"), "deel/index.html")
        let inner = bare.firstMatch(of: /<div class="site-footer__inner">\s*<ul/)
        #expect(inner != nil, "an empty footer text left a paragraph: \(bare.suffix(700))")
        #expect(!bare.contains("site-footer__organisation"))
    }

    @Test func linksTheGlossaryAndQuizzesOnlyWhenTheyExist() {
        let without = build(config: "title: Kennisbank\n")
        #expect(without.diagnostics.isEmpty, "\(without.formattedDiagnostics)")
        for path in ["index.html", "deel/diep/pagina/index.html", "404.html", "zoeken/index.html"] {
            let page = html(without, path)
            #expect(!page.contains("begrippen/"), "\(path) links a glossary the site does not have")
            #expect(!page.contains("toetsen/"), "\(path) links quizzes the site does not have")
            #expect(!page.contains(">Begrippenlijst<") && !page.contains(">Toetsen<") && !page.contains("href=\"\""),
                    "\(path) shows a link to a page the site does not have")
        }
        #expect(!without.files.contains { $0.path.hasPrefix("begrippen/") || $0.path.hasPrefix("toetsen/") })
        let with = build(config: "title: Kennisbank\n", pages: Self.pages + """

        -- content/begrippen/woord.md --
        ---
        title: Woord
        definition: Een woord.
        ---
        -- content/toetsen/toets.md --
        ---
        title: Toets
        section: deel
        questions:
          - id: een
            type: truefalse
            question: "Het woord staat hier."
            explanation: Uitleg.
            answers:
              - {text: Juist, correct: true, feedback: Ja.}
              - {text: Onjuist, correct: false, feedback: Nee.}
        ---
        """)
        let page = html(with, "deel/diep/pagina/index.html")
        #expect(page.contains("<a href=\"../../../begrippen/index.html\">Begrippenlijst</a>"))
        #expect(page.contains("<a href=\"../../../toetsen/index.html\">Toetsen</a>"))
        #expect(html(with, "404.html").contains("begrippen/index.html\">Naar de begrippenlijst"))
        #expect(html(with, "zoeken/index.html").contains("<a href=\"../begrippen/index.html\">begrippenlijst</a>"))
    }

    @Test func aSiteWithoutAHomePageIsAnErrorWithAHint() throws {
        let pages = Self.pages.replacingOccurrences(of: "-- content/index.md --", with: "-- content/weg.txt --")
        let result = build(config: "title: Kennisbank\n", pages: pages)
        #expect(lines(result) == ["content/index.md: error: the site has no home page: content/index.md is missing"])
        #expect(result.diagnostics.first?.hint?.english.contains("kennisbank new page index.md") == true)
        #expect(result.failed(strict: false))
        let draft = build(config: "title: Kennisbank\n", pages: Self.pages.replacingOccurrences(of: "title: Home", with: "title: Home\ndraft: true"))
        #expect(lines(draft) == ["content/index.md: error: content/index.md is a draft, so the site has no home page"])
    }

    @Test func pointsAtEveryMistakeInTheLogoWithAHint() {
        func problems(_ logo: String, extra: [String: String] = [:]) -> [String] {
            lines(build(config: "organisation: Voorbeeldstad\n" + logo, extra: extra))
        }
        #expect(problems("logo: logo.svg\n") == [
            "kennisbank.yml:2:7: error: 'logo' needs the image file and a text for screen readers, found only 'logo.svg'"])
        #expect(problems("logo:\n  file: logo.svg\n", extra: ["content/logo.svg": Self.logo]) == [
            "kennisbank.yml:3:3: error: 'logo' in the site config has no 'alt'"])
        #expect(problems("logo:\n  file: content/logo.svg\n  alt: Voorbeeldstad\n") == [
            "kennisbank.yml:3:9: error: the logo's path is counted from content/, so 'content/' must not start it"])
        #expect(problems("logo:\n  file: ../geheim.png\n  alt: Voorbeeldstad\n") == [
            "kennisbank.yml:3:9: error: the logo must be a file inside content/, found '../geheim.png'"])
        #expect(problems("logo:\n  file: logo.pdf\n  alt: Voorbeeldstad\n", extra: ["content/logo.pdf": "%PDF"]) == [
            "kennisbank.yml:3:9: error: 'logo.pdf' is not an image a logo can be"])
        let mislabelled = build(config: "logo:\n  file: beeld/logo.png\n  alt: Voorbeeldstad\n", extra: ["content/beeld/logo.png": Self.logo])
        #expect(lines(mislabelled) == ["kennisbank.yml:2:9: error: content/beeld/logo.png is not a PNG image: its content is something else"])
        #expect(mislabelled.diagnostics.first?.hint?.english == "the file is really SVG: rename the file to logo.svg and write 'file: beeld/logo.svg'")
        #expect(problems("logo:\n  file: logo.gif\n  alt: Voorbeeldstad\n", extra: ["content/logo.gif": "GIF"]) == [
            "kennisbank.yml:3:9: error: content/logo.gif is not a GIF image: its content is something else"])
        #expect(problems("logo:\n  file: logo.svg\n  alt: Voorbeeldstad\n  breedte: 3\n", extra: ["content/logo.svg": Self.logo]) == [
            "kennisbank.yml:5:3: warning: unknown key 'breedte' in 'logo' in the site config"])
        let missing = build(config: "logo:\n  file: beeld/logo.svgg\n  alt: Voorbeeldstad\n", extra: ["content/beeld/logo.svg": Self.logo])
        #expect(lines(missing) == ["kennisbank.yml:2:9: error: 'beeld/logo.svgg' is not an image a logo can be"])
        let typo = build(config: "logo:\n  file: beeld/logo-stad.svg\n  alt: Voorbeeldstad\n", extra: ["content/beeld/logo_stad.svg": Self.logo])
        #expect(lines(typo) == ["kennisbank.yml:2:9: error: the logo content/beeld/logo-stad.svg does not exist"])
        // The 'did you mean' is the text to paste over the value.
        #expect(typo.diagnostics.first?.fix == Fix(replacing: "beeld/logo-stad.svg", with: "beeld/logo_stad.svg"))
        #expect(typo.diagnostics.first?.message.dutch == "het logo content/beeld/logo-stad.svg bestaat niet")
    }
}
