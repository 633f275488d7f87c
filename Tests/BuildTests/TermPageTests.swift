import Build
import Foundation
import SiteModel
import Testing

@Suite struct TermPageTests {
    /// A site whose term 'racisme' is mentioned on `pages` pages.
    static func site(pages: Int) -> String {
        var text = """
        -- content/index.md --
        ---
        title: Home
        ---
        Welkom.
        -- content/a/_index.md --
        ---
        title: A
        ---
        -- content/begrippen/racisme.md --
        ---
        title: Racisme
        definition: Uitsluiting op grond van ras.
        ---
        Uitleg.
        """
        for number in 1...pages {
            text += "\n-- content/a/p\(String(format: "%03d", number)).md --\n---\ntitle: Pagina \(number)\nweight: \(number)\n---\nOver racisme.\n"
        }
        return text
    }

    @Test func listsAtMostAHundredPagesAndSearchesForTheRest() throws {
        let result = FixtureSite.build(Self.site(pages: 103))
        #expect(!result.diagnostics.hasErrors, "\(result.formattedDiagnostics)")
        let html = String(decoding: try #require(result.files.first { $0.path == "begrippen/racisme/index.html" }).data, as: UTF8.self)
        let listed = html.components(separatedBy: "<li><a href=\"../../a/p").count - 1
        #expect(listed == 100)
        #expect(html.contains("a/p001/index.html\">Pagina 1<") && html.contains("a/p100/index.html\">Pagina 100<"))
        #expect(!html.contains("a/p101/index.html"), "the first pages in site order are listed")
        #expect(html.contains("En nog 3 andere pagina's. <a href=\"../../zoeken/index.html?q=Racisme\">Zoek op ‘Racisme’</a>"))

        let small = FixtureSite.build(Self.site(pages: 100))
        let whole = String(decoding: try #require(small.files.first { $0.path == "begrippen/racisme/index.html" }).data, as: UTF8.self)
        #expect(whole.components(separatedBy: "<li><a href=\"../../a/p").count - 1 == 100 && !whole.contains("En nog"))
    }
}
