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
        let html = try FixtureSite.output(result, "begrippen/racisme/index.html")
        let listed = html.components(separatedBy: "<li><a href=\"../../a/p").count - 1
        #expect(listed == 100)
        #expect(html.contains("a/p001/index.html\">Pagina 1<") && html.contains("a/p100/index.html\">Pagina 100<"))
        #expect(!html.contains("a/p101/index.html"), "the first pages in site order are listed")
        #expect(html.contains("En nog 3 andere pagina's. <a href=\"../../zoeken/index.html?q=Racisme\">Zoek op ‘Racisme’</a>"))

        // The term page links itself and comes first in the list's order (no section page for
        // begrippen/), yet is never listed on itself: still the first 100 other pages.
        let own = FixtureSite.build(Self.site(pages: 103).replacingOccurrences(of: "Uitleg.", with: "Uitleg over [[racisme]]."))
        #expect(!own.diagnostics.hasErrors, "\(own.formattedDiagnostics)")
        let ownHTML = try FixtureSite.output(own, "begrippen/racisme/index.html")
        #expect(ownHTML.components(separatedBy: "<li><a href=\"../../a/p").count - 1 == 100)
        #expect(ownHTML.contains("a/p100/index.html\">Pagina 100<") && !ownHTML.contains("a/p101/index.html"))
        #expect(!ownHTML.contains("\">Racisme</a></li>"), "the term page does not list itself")

        let small = FixtureSite.build(Self.site(pages: 100))
        let whole = try FixtureSite.output(small, "begrippen/racisme/index.html")
        #expect(whole.components(separatedBy: "<li><a href=\"../../a/p").count - 1 == 100 && !whole.contains("En nog"))
    }
}

@Suite struct TermDefinitionsScriptTests {
    static let site = """
    -- content/index.md --
    ---
    title: Home
    ---
    Over racisme.
    -- content/los.md --
    ---
    title: Los
    ---
    Zonder begrippen.
    -- content/begrippen/racisme.md --
    ---
    title: Racisme
    definition: 'Uitsluiting op grond van "ras", a < b & [meer](../los.md).'
    ---
    Uitleg.
    """

    static func script(_ result: BuildResult) throws -> (path: String, text: String) {
        let file = try #require(result.files.first { $0.path.hasPrefix("assets/definities.") })
        return (file.path, String(decoding: file.data, as: UTF8.self))
    }

    @Test func pagesFindOneHashedScriptWithAllDefinitionsThroughTheDataScriptIndex() throws {
        let result = FixtureSite.build(Self.site)
        #expect(!result.diagnostics.hasErrors, "\(result.formattedDiagnostics)")
        let (path, text) = try Self.script(result)
        #expect(path == "assets/definities.\(SHA256.hex(Array(text.utf8)).prefix(8)).js", "\(path)")
        #expect(text == #"window.KENNISBANK_DEFINITIONS = {"version":1,"terms":{"racisme":["Racisme","Uitsluiting op grond van &quot;ras&quot;, a &lt; b &amp; meer."]}};"# + "\n",
                "the definition as HTML without its link, escaped for a script")
        let home = try FixtureSite.output(result, "index.html")
        #expect(!home.contains(path), "pages do not name it: its name changes with every definition")
        let index = try FixtureSite.output(result, "assets/data.js")
        #expect(index.contains(#""assets/definities.js":"\#(path)""#), "listed in assets/data.js for KennisbankAssets.data")
        #expect(!home.contains("begrip-definities") && !home.contains("Uitsluiting op grond"), "no definitions in the page itself")
        #expect(!home.contains("<script src=\"\(path)"), "loaded when a pop-up first opens, not with the page")
    }

    @Test func aChangedDefinitionRenamesTheScript() throws {
        let before = try Self.script(FixtureSite.build(Self.site)).path
        let after = try Self.script(FixtureSite.build(Self.site.replacingOccurrences(of: "Uitsluiting", with: "Achterstelling"))).path
        #expect(before != after)
    }

    @Test func aChangedDefinitionLeavesPagesThatOnlyLinkTheTermAsTheyWere() throws {
        let site = Self.site + "\n-- content/b/los.md --\n---\ntitle: Los\n---\nOver racisme.\n"
        let before = FixtureSite.build(site)
        let after = FixtureSite.build(site.replacingOccurrences(of: "Uitsluiting", with: "Achterstelling"))
        let page = { (result: BuildResult) in result.files.first { $0.path == "b/los/index.html" }?.data }
        #expect(page(before) != nil && page(before) == page(after))
        #expect(String(decoding: page(before) ?? Data(), as: UTF8.self).contains("<a class=\"term-link\" href=\"../../begrippen/racisme/index.html\">"))
    }
}
