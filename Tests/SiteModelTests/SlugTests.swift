import SiteModel
import Testing

@Suite struct SlugTests {
    @Test func makesDutchFriendlySlugs() {
        #expect(Slug.make("Artikel 1 Grondwet") == "artikel-1-grondwet")
        #expect(Slug.make("één") == "een")
        #expect(Slug.make("Wat is 'ons kent ons'?") == "wat-is-ons-kent-ons")
        #expect(Slug.make("Coördinator & België") == "coordinator-belgie")
        #expect(Slug.make("  --  ") == "")
    }

    @Test func makesUniqueSlugs() {
        var taken: Set<String> = ["inhoud"]
        #expect(Slug.unique("inhoud", taken: &taken) == "inhoud-2")
        #expect(Slug.unique("voorbeeld", taken: &taken) == "voorbeeld")
        #expect(Slug.unique("voorbeeld", taken: &taken) == "voorbeeld-2")
        #expect(Slug.unique("", taken: &taken) == "sectie")
    }
}

@Suite struct RouteTests {
    @Test func relativeURLsEndInIndexHTML() {
        let page = Route("definities/racisme")
        #expect(page.outputFile == "definities/racisme/index.html")
        #expect(page.rootPrefix == "../../")
        #expect(page.relativeURL(to: Route("juridisch-kader/awgb"), fragment: "gronden") == "../../juridisch-kader/awgb/index.html#gronden")
        #expect(page.relativeURL(to: Route("definities/discriminatie")) == "../discriminatie/index.html")
        #expect(page.relativeURL(to: Route("definities")) == "../index.html")
        #expect(page.relativeURL(to: .home) == "../../index.html")
        #expect(Route.home.relativeURL(to: page) == "definities/racisme/index.html")
        #expect(Route.home.rootPrefix == "./")
        #expect(page.relativeURL(toFile: "assets/css/kennisbank.css") == "../../assets/css/kennisbank.css")
        #expect(page.relativeURL(to: page, fragment: "kop") == "index.html#kop")
        #expect(page.relativeURL(to: Route("definities/racisme/institutioneel")) == "institutioneel/index.html")
        #expect(Route("def/a").relativeURL(to: Route("definities/b")) == "../../definities/b/index.html")
        #expect(Route("definities").relativeURL(to: Route("def")) == "../def/index.html")
        #expect(Route("a/b/c").relativeURL(toFile: "a/x.png", fragment: "") == "../../x.png")
        #expect(Route("één/twee").relativeURL(to: Route("één/drie")) == "../drie/index.html")
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsCloseNamesOnly() {
        #expect(Suggestion.closest(to: "titel", in: ["title", "weight"]) == "title")
        #expect(Suggestion.closest(to: "racsime", in: ["racisme", "ras"]) == "racisme")
        #expect(Suggestion.closest(to: "helemaal anders", in: ["title", "weight"]) == nil)
    }
}

@Suite struct MemoryFileSystemTests {
    @Test func parsesOneStringFixtures() throws {
        let fileSystem = MemoryFileSystem(fixture: """
        -- content/index.md --
        ---
        title: Home
        ---
        Hallo
        -- content/a/b.md --
        B
        """)
        #expect(fileSystem.files(under: "content") == ["content/a/b.md", "content/index.md"])
        #expect(try fileSystem.text(at: "content/a/b.md") == "B\n")
    }
}

@Suite struct TrimmingTests {
    @Test func trimsSpacesAndTabsOnlyWhenPresent() {
        #expect("a.md".trimmingWhitespaces() == "a.md")
        #expect("  a b\t".trimmingWhitespaces() == "a b")
        #expect("\u{00A0}kop\u{2003}".trimmingWhitespaces() == "kop")
        #expect("kop\n".trimmingWhitespaces() == "kop\n")  // like Foundation's .whitespaces: not line breaks
        #expect("".trimmingWhitespaces() == "")
        #expect("é".trimmingWhitespaces() == "é")
    }
}

@Suite struct TrimmingNewlinesTests {
    @Test func trimsLineBreaksToo() {
        #expect("Titel".trimmingWhitespacesAndNewlines() == "Titel")
        #expect("\n Titel \r\n".trimmingWhitespacesAndNewlines() == "Titel")
        #expect("\u{2028}Titel\u{00A0}".trimmingWhitespacesAndNewlines() == "Titel")
    }
}

@Suite struct FastReplaceTests {
    @Test func replacesEveryOccurrenceOnBytes() {
        #expect("a<b><b>c".replacingAll("<b>", with: "[B]") == "a[B][B]c")
        #expect("ééé".replacingAll("é", with: "e") == "eee")
        #expect("abab".replacingAll("ba", with: "") == "ab")
        #expect("<<<x".replacingAll("<<x", with: "!") == "<!")
        #expect("geen".replacingAll("xyz", with: "!") == "geen")
        #expect("x".replacingAll("xyz", with: "!") == "x")
    }

    @Test func findsOffsets() {
        #expect("één <section>".utf8Offset(of: "<section>") == 6)
        #expect("aaa".utf8Offset(of: "b") == nil)
        #expect("a\r\nb".containsBytes("\r") && !"a\nb".containsBytes("\r"))
        // The search anchors on a needle's least common byte ("A" here), not its first.
        #expect(" a=\"A\" a=\"A\"".utf8Offset(of: "=\"A\"") == 2)
        #expect("xA xA".utf8Offset(of: " xA") == 2 && "Ab".utf8Offset(of: " Ab") == nil)
    }

    /// Against Foundation on strings made of few characters, where near misses are everywhere.
    @Test func agreesWithFoundationOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = [" ", "a", "A", "<", "\"", "é", "1"]
        func random(_ length: Int) -> String {
            (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
        for _ in 0..<2_000 {
            let text = random(Int.random(in: 0...40, using: &generator))
            let needle = random(Int.random(in: 1...4, using: &generator))
            #expect(text.replacingAll(needle, with: "#") == text.replacingOccurrences(of: needle, with: "#"),
                    "\(text) / \(needle)")
            #expect(text.containsBytes(needle) == text.contains(needle), "\(text) / \(needle)")
        }
    }
}
