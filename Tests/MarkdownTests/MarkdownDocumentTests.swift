import Markdown
import SiteModel
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func givesHeadingsStableUniqueDutchIDs() {
        let document = MarkdownDocument(parsing: "## Artikel 1 Grondwet\n\n## Één\n\n### Één\n", file: "content/a.md", lineOffset: 3)
        #expect(document.headings.map(\.id) == ["artikel-1-grondwet", "een", "een-2"])
        #expect(document.headings[0].location.description == "content/a.md:4:1")
        let html = document.renderHTML()
        #expect(html.contains("<h2 id=\"artikel-1-grondwet\">Artikel 1 Grondwet</h2>"))
        #expect(html.contains("<h3 id=\"een-2\">Één</h3>"))
    }

    @Test func avoidsReservedIDs() {
        let document = MarkdownDocument(parsing: "## Inhoud\n", file: "a.md", reservedIDs: ["inhoud"])
        #expect(document.headings.map(\.id) == ["inhoud-2"])
    }

    @Test func givesEveryAlignedCellItsClass() {
        let html = MarkdownDocument(parsing: "| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n\nen `style=\"text-align: left\"`\n",
                                    file: "a.md").renderHTML()
        #expect(html.contains("<th class=\"align-left\">a</th>\n<th class=\"align-center\">b</th>\n<th class=\"align-right\">c</th>\n<th>d</th>"))
        #expect(html.contains("<td class=\"align-left\">1</td>\n<td class=\"align-center\">2</td>\n<td class=\"align-right\">3</td>\n<td>4</td>"))
        #expect(!html.contains(" style=\"") && html.contains("<code>style=&quot;text-align: left&quot;</code>"))
    }

    @Test func rendersGFMExtensionsAndDutchFootnotes() {
        let document = MarkdownDocument(parsing: """
        | a | b |
        |:-:|---|
        | 1 | ~~2~~ |

        Zie https://wetten.overheid.nl en een voetnoot.[^1]

        [^1]: De bron.
        """, file: "a.md")
        let html = document.renderHTML()
        #expect(html.contains("<table>"))
        // A class, not a style attribute: the Content-Security-Policy allows no inline style.
        #expect(html.contains("<th class=\"align-center\">a</th>"))
        #expect(!html.contains("style="))
        #expect(!html.contains("align=\""))
        #expect(html.contains("<del>2</del>"))
        #expect(html.contains("<a href=\"https://wetten.overheid.nl\">"))
        #expect(html.contains("aria-label=\"Terug naar de tekst\""))
        #expect(!html.contains("Back to"))
    }

    @Test func removesRawHTMLAndReportsWhere() {
        let document = MarkdownDocument(parsing: "Tekst\n\n<script>alert(1)</script>\n\nEn <b>vet</b>.\n", file: "a.md", lineOffset: 2)
        let found = document.removeRawHTML()
        #expect(found.map(\.line) == [5, 7, 7])
        let html = document.renderHTML()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("vet"))
    }

    @Test func recognisesDangerousURLs() {
        #expect(MarkdownDocument.isDangerousURL("javascript:alert(1)", isImage: false))
        #expect(MarkdownDocument.isDangerousURL(" JaVaScRiPt:alert(1)", isImage: false))
        #expect(MarkdownDocument.isDangerousURL("data:text/html,x", isImage: false))
        #expect(!MarkdownDocument.isDangerousURL("data:image/png;base64,AAAA", isImage: true))
        #expect(!MarkdownDocument.isDangerousURL("https://mdra.nl", isImage: false))
        #expect(!MarkdownDocument.isDangerousURL("HTTPS://mdra.nl", isImage: false))
        #expect(!MarkdownDocument.isDangerousURL("mailto:meld@mdra.nl", isImage: false))
        #expect(MarkdownDocument.isDangerousURL("java\tscript:alert(1)", isImage: false))
        #expect(MarkdownDocument.isDangerousURL("httpjavascript:x", isImage: false) == false)
        #expect(MarkdownDocument.isDangerousURL("file:///etc/passwd", isImage: true))
    }

    @Test func reportsLinksWithTheirPositions() {
        let document = MarkdownDocument(parsing: "Eerste regel.\n\nZie [de AWGB](../juridisch-kader/awgb.md#gronden) en ![logo](img/x.png).\n", file: "content/a.md", lineOffset: 4)
        let links = document.links
        #expect(links.count == 2)
        #expect(links[0].url == "../juridisch-kader/awgb.md#gronden")
        // At the destination, where a fix is typed.
        #expect(links[0].location.description == "content/a.md:7:15")
        #expect(links[1].isImage)
        #expect(links[1].text == "logo")
    }

    @Test func rewritesLinks() {
        let document = MarkdownDocument(parsing: "[a](b.md)\n", file: "a.md")
        document.rewriteLinks { $0.url == "b.md" ? "../b/index.html" : nil }
        #expect(document.renderHTML() == "<p><a href=\"../b/index.html\">a</a></p>\n")
    }

    @Test func rendersInlineSnippetsWithoutParagraph() {
        let document = MarkdownDocument(parsing: "Een *korte* definitie.", file: "a.md")
        #expect(document.isSingleParagraph)
        #expect(document.renderInlineHTML() == "Een <em>korte</em> definitie.")
    }

    @Test func parsesConcurrentlyWithoutLosingExtensions() async {
        // cmark-gfm's inline character table is process-global; the parse lock keeps this stable.
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<200 {
                group.addTask { MarkdownDocument(parsing: "Dit is ~~fout~~ goed.", file: "a.md").renderHTML().contains("<del>fout</del>") }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 })
    }
}

@Suite struct MarkdownXHTMLTests {
    static func xhtml(_ markdown: String, inline: Bool = false) -> String {
        MarkdownDocument(parsing: markdown, file: "t.md").renderXHTML(inline: inline)
    }

    @Test func keepsTheStructureQTIAllows() {
        #expect(Self.xhtml("# Kop\n\nTekst *schuin* en **vet**.\n\n- een\n- twee\n\n> citaat")
            == "<p><strong>Kop</strong></p><p>Tekst <em>schuin</em> en <strong>vet</strong>.</p><ul><li><p>een</p></li><li><p>twee</p></li></ul><blockquote><p>citaat</p></blockquote>")
        #expect(Self.xhtml("regel  \nnieuw") == "<p>regel<br/>nieuw</p>")
        #expect(Self.xhtml("```\n<a> & b\n```") == "<pre>&lt;a&gt; &amp; b\n</pre>")
    }

    @Test func dropsRawHTMLAndTurnsSiteLinksAndImagesIntoText() {
        #expect(Self.xhtml("a <b onclick=\"x\">b</b> c\n\n<div>blok</div>") == "<p>a b c</p>")
        #expect(Self.xhtml("[intern](../x.md) [extern](https://e.org/?a=1&b=2) [js](javascript:alert(1)) ![alt](p.png)")
            == "<p>intern <a href=\"https://e.org/?a=1&amp;b=2\">extern</a> js alt</p>")
    }

    @Test func rendersInlineContentForPlacesWithoutBlocks() {
        #expect(Self.xhtml("Een.\n\nTwee *drie*.\n\n- vier", inline: true) == "Een. Twee <em>drie</em>. vier")
    }

    @Test func survivesDeepNestingAndForbiddenCharacters() {
        // As deep as the input limits let a text go; deeper is refused before it is parsed, and a
        // refused text renders as nothing (MarkdownLimitTests).
        let depth = InputLimits.maxBlockNesting
        let html = Self.xhtml(String(repeating: ">", count: depth) + " diep \u{1}\u{FFFE}")
        #expect(html.hasSuffix(String(repeating: "</blockquote>", count: depth)))
        #expect(html.contains("diep ") && !html.contains("\u{1}") && !html.contains("\u{FFFE}"))
        #expect(Self.xhtml(String(repeating: ">", count: 5_000) + " diep").isEmpty)
    }
}
