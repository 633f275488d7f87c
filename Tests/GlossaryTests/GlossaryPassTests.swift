import Content
import Glossary
import Markdown
import SiteModel
import Testing

@Suite struct GlossaryPassTests {
    func page(_ path: String, _ text: String) -> Page {
        let loaded = PageLoader(extraKeys: [.term: GlossaryTerm.keys]).load(contentPath: path, text: text)
        return loaded.page!
    }

    var terms: [Page] {
        [
            page("begrippen/racisme.md", "---\ntitle: Racisme\naliases: [racistische]\ndefinition: Uitsluiting op grond van ras.\n---\nUitleg over racisme.\n"),
            page("begrippen/institutioneel-racisme.md", "---\ntitle: Institutioneel racisme\ndefinition: Structureel.\nrelated: [racisme]\n---\nUitleg.\n"),
        ]
    }

    func glossary() -> GlossaryIndex { GlossaryIndex(terms: GlossaryLoader.load(from: terms).terms) }

    func html(_ body: String, autolink: Bool = true) -> (String, GlossaryOutcome) {
        let target = page("definities/a.md", "---\ntitle: A\n---\n" + body)
        let outcome = GlossaryPass(glossary: glossary()).apply(to: target.document, on: target, autolink: autolink)
        return (target.document.renderHTML(), outcome)
    }

    @Test func linksTheFirstMentionOnly() {
        let (output, outcome) = html("Racisme is erg. Racisme komt voor.\n")
        #expect(output.components(separatedBy: "class=\"term-link\"").count == 2)
        #expect(output.contains("<a class=\"term-link\" href=\"../../begrippen/racisme/index.html\">Racisme</a> is erg."))
        #expect(outcome.referencedTerms == ["racisme"])
    }

    @Test func skipsCodeLinksHeadingsAndAltText() {
        let (output, outcome) = html("""
        ## Racisme in een kop

        Code `racisme` en een [link over racisme](https://example.org) en ![racisme](x.png).

        ```
        racisme in een codeblok
        ```
        """)
        #expect(!output.contains("term-link"))
        #expect(outcome.referencedTerms.isEmpty)
    }

    @Test func skipsBlockQuotesButLinksTheNextMentionOutside() {
        // Quoted law stays as it was written; the first mention after the quote gets the link.
        let (output, outcome) = html("""
        > Racisme in een citaat.
        >
        > > En racisme dieper in het citaat.

        Racisme daarna.
        """)
        let quote = String(output[..<output.range(of: "</blockquote>\n<p>")!.upperBound])
        #expect(!quote.contains("term-link"))
        #expect(output.contains("<p><a class=\"term-link\" href=\"../../begrippen/racisme/index.html\">Racisme</a> daarna.</p>"))
        #expect(outcome.referencedTerms == ["racisme"])
        // An explicit reference is the author's choice, in a quote too.
        let (explicit, _) = html("> Zie [[racisme]].\n")
        #expect(explicit.contains("<blockquote>\n<p>Zie <a class=\"term-link\" href=\"../../begrippen/racisme/index.html\""))
    }

    @Test func linksExplicitReferencesWithOtherText() {
        let (output, outcome) = html("Zie [[institutioneel racisme]] en [[racisme|racistische]] gedrag.\n", autolink: false)
        #expect(output.contains("href=\"../../begrippen/institutioneel-racisme/index.html\">institutioneel racisme</a>"))
        #expect(output.contains("href=\"../../begrippen/racisme/index.html\">racistische</a> gedrag"))
        #expect(!output.contains("[["))
        #expect(outcome.referencedTerms == ["racisme", "institutioneel-racisme"])
    }

    @Test func reportsUnknownTermsWithASuggestion() {
        let (_, outcome) = html("Eerste regel.\nZie [[racsime]].\n")
        #expect(outcome.diagnostics.count == 1)
        let diagnostic = outcome.diagnostics[0]
        #expect(diagnostic.location.description == "content/definities/a.md:5:5")
        #expect(diagnostic.message.english == "unknown glossary term 'racsime'")
        #expect(diagnostic.fix == Fix(replacing: "racsime", with: "racisme"))
    }

    @Test func neverLinksATermOnItsOwnPage() {
        let own = terms[0]
        let outcome = GlossaryPass(glossary: glossary()).apply(to: own.document, on: own, autolink: true)
        #expect(!own.document.renderHTML().contains("term-link"))
        #expect(outcome.referencedTerms.isEmpty)
    }

    @Test func respectsTheOptOut() {
        let (output, _) = html("Racisme.\n", autolink: false)
        #expect(!output.contains("term-link"))
    }
}

@Suite struct GlossaryIndexTests {
    func term(_ slug: String, _ front: String) -> Page {
        PageLoader(extraKeys: [.term: GlossaryTerm.keys]).load(contentPath: "begrippen/\(slug).md", text: "---\n\(front)\n---\nTekst.\n").page!
    }

    @Test func makesSeeAlsoSymmetric() {
        let index = GlossaryIndex(terms: GlossaryLoader.load(from: [
            term("a", "title: Alfa\ndefinition: A.\nrelated: [b]"),
            term("b", "title: Beta\ndefinition: B."),
        ]).terms)
        #expect(index.related["a"] == ["b"])
        #expect(index.related["b"] == ["a"])
        #expect(index.diagnostics.isEmpty)
    }

    @Test func reportsCollisionsNamingBothFiles() {
        let index = GlossaryIndex(terms: GlossaryLoader.load(from: [
            term("a", "title: Alfa\ndefinition: A.\naliases: [gedeeld]"),
            term("b", "title: Beta\ndefinition: B.\naliases:\n  - gedeeld"),
        ]).terms)
        #expect(index.diagnostics.count == 1)
        #expect(index.diagnostics[0].message.english == "'gedeeld' names two terms: content/begrippen/a.md and content/begrippen/b.md")
        #expect(index.diagnostics[0].location.description == "content/begrippen/b.md:5:5")
    }

    @Test func reportsUnknownSeeAlso() {
        let index = GlossaryIndex(terms: GlossaryLoader.load(from: [term("a", "title: Alfa\ndefinition: A.\nrelated: [bta]"), term("beta", "title: Beta\ndefinition: B.")]).terms)
        #expect(index.diagnostics.map(\.message.english) == ["'zie ook' names an unknown term 'bta'"])
        #expect(index.diagnostics[0].location.description == "content/begrippen/a.md:4:11")
    }

    @Test func reportsEmptyDefinitions() {
        let loaded = GlossaryLoader.load(from: [term("a", "title: Alfa\ndefinition: \"\"")])
        #expect(loaded.diagnostics.map(\.message.english) == ["the term 'Alfa' has an empty short definition"])
    }
}
