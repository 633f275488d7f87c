import Markdown
import SiteModel
import Testing

/// Markdown that cmark-gfm 0.29.0.gfm.6 would take more than linear time or memory over is refused
/// before it is parsed, at the place the limit is crossed; everything a real page writes still parses.
@Suite struct MarkdownLimitTests {
    func violation(_ text: String) -> Diagnostic? {
        MarkdownDocument(parsing: text, file: "content/a.md", lineOffset: 3).limitViolation
    }

    @Test func refusesDeeplyNestedBlockQuotes() {
        let limit = InputLimits.maxBlockNesting
        let text = "Inleiding\n\n" + String(repeating: "> ", count: 50_000) + "x\n" + String(repeating: "[", count: 100_000)
        let diagnostic = violation(text)
        #expect(diagnostic?.message.english == "block quotes and lists are nested more than \(limit) levels deep here")
        // Each '>' may open a level (the space after it belongs to it): the limit is crossed at the
        // 33rd '>', on the first line of the quotes.
        #expect(diagnostic?.location.line == 6)
        #expect(diagnostic?.location.column == 2 * limit + 1)
        #expect(violation(String(repeating: ">", count: limit) + " x\n") == nil)
    }

    @Test func countsListsAndIndentationTowardsNesting() {
        let nested = (0..<40).map { String(repeating: "  ", count: $0) + "- punt\n" }.joined()
        #expect(violation(nested)?.message.english.hasPrefix("block quotes and lists are nested") == true)
        #expect(violation(String(repeating: "1. ", count: 40) + "x\n") != nil)
        #expect(violation(String(repeating: "[^a]: ", count: 40) + "x\n") != nil)
        let realistic = "- een\n  - twee\n    - drie\n      > citaat\n      > - vier\n"
        #expect(violation(realistic) == nil)
    }

    @Test func refusesLongRunsOfUnmatchedBrackets() {
        let diagnostic = violation(String(repeating: "[", count: 100_000) + "a\n")
        #expect(diagnostic?.message.english == "more than \(InputLimits.grouped(InputLimits.maxOpenBrackets)) '[' are open at once in this paragraph")
        #expect(diagnostic?.location.description == "content/a.md:4:\(InputLimits.maxOpenBrackets + 1)")
        #expect(violation(String(repeating: "\\[", count: 5_000) + "\n") == nil)
        // A blank line ends the paragraph, and so the run.
        #expect(violation(String(repeating: String(repeating: "[", count: 600) + "\n\n", count: 10)) == nil)
    }

    @Test func refusesManyLinksClosingOverManyOpenBrackets() {
        // CVE-2023-22486: every link closed scans all open brackets (the '![' never closed).
        let diagnostic = violation(String(repeating: "![", count: 900) + String(repeating: "[]()", count: 100_000))
        #expect(diagnostic?.message.english == "too many '[' and ']' in one paragraph for the Markdown parser")
        // Each list item and heading is a paragraph of its own, even without blank lines.
        let manyLinks = (0..<10_000).map { "- [pagina \($0)](p\($0).md)\n" }.joined()
        #expect(violation(manyLinks) == nil)
        #expect(violation("## Kop\n" + (0..<10_000).map { "1. [pagina \($0)](p\($0).md)\n## Kop \($0)\n" }.joined()) == nil)
        // Text indented four columns more is paragraph text, not a list item: the paragraph goes on.
        let continued = "Tekst\n" + String(repeating: "    - [a](b) [a](b) [a](b) [a](b)\n", count: 2_000)
        #expect(violation(continued)?.message.english == "too many '[' and ']' in one paragraph for the Markdown parser")
    }

    @Test func theTextsOfOneFileShareTheWorkBudget() {
        // Each text is a paragraph of 4,000 links: 8 million units of bracket work, under the limit
        // of 20 million on its own; the third of one file's texts goes over.
        let text = String(repeating: "[a](b) ", count: 4_000)
        let budget = MarkdownWorkBudget()
        let verdicts = (0..<3).map { _ in MarkdownDocument(parsing: text, file: "content/toetsen/q.md", budget: budget).limitViolation }
        #expect(verdicts.map { $0 == nil } == [true, true, false])
        #expect(MarkdownDocument(parsing: text, file: "content/a.md").limitViolation == nil)
    }

    @Test func refusesTablesWithTooManyColumns() {
        let wide = String(repeating: "|a", count: 200) + "|\n" + String(repeating: "|-", count: 200) + "|\n"
        #expect(violation(wide)?.message.english == "a table row has more than \(InputLimits.maxTableColumns) cells")
        let longRow = "|a|\n|-|\n" + String(repeating: "|", count: 1_000_000) + "\n"
        #expect(violation(longRow)?.location.description == "content/a.md:6:\(InputLimits.maxTableColumns + 2)")
    }

    @Test func refusesTablesMostlyFilledInByTheParser() {
        let header = String(repeating: "|a", count: 100) + "|\n" + String(repeating: "|-", count: 100) + "|\n"
        let diagnostic = violation(header + String(repeating: "x\n", count: 500_000))
        #expect(diagnostic?.message.english.hasPrefix("this table has") == true)
        let honest = "| Grond | Wet | Sinds |\n|---|---|:-:|\n" + String(repeating: "| Ras | AWGB | 1994 |\n", count: 2_000)
        #expect(violation(honest) == nil)
    }

    @Test func refusesATableHeaderAfterAVeryLongParagraph() {
        let diagnostic = violation(String(repeating: "x\n", count: 200_000) + "-\u{0B}\n")
        #expect(diagnostic?.message.english == "a table header row follows a very long paragraph")
        #expect(violation("Een alinea\nvan twee regels.\n| a | b |\n|---|---|\n| 1 | 2 |\n") == nil)
    }

    @Test func refusesEmailAutolinkWorkThatGrowsWithTheSquare() {
        let diagnostic = violation(String(repeating: "a@b.", count: 250_000))
        #expect(diagnostic?.message.english == "too many '@' in one paragraph for the Markdown parser's e-mail links")
        let addresses = (0..<500).map { "- meldpunt\($0)@amsterdam.nl\n\n" }.joined()
        #expect(violation(addresses) == nil)
    }

    @Test func refusesLinkReferencesThatCopyTooMuch() {
        let url = String(repeating: "x", count: 50_000)
        let diagnostic = violation("[a]: /\(url)\n\n" + String(repeating: "[a]\n\n", count: 20_000))
        #expect(diagnostic?.message.english.hasPrefix("link references would copy") == true)
        #expect(diagnostic?.location.description == "content/a.md:4:1")
        // Labels match after case folding ('ß' folds to 'ss'), so uses are counted without letters.
        #expect(violation("[SS]: /\(url)\n\n" + String(repeating: "[ß] ", count: 30)) != nil)
        #expect(violation("[a]: /kort \"titel\"\n\n" + String(repeating: "[a] ", count: 2_000)) == nil)
    }

    @Test func refusesEmphasisNestedTooDeep() {
        let text = String(repeating: "*a **a ", count: 1_000) + "b" + String(repeating: " a** a*", count: 1_000)
        let diagnostic = violation(text)
        #expect(diagnostic?.message.english == "emphasis, links and lists are nested more than \(InputLimits.maxTreeDepth) levels deep here")
        #expect(MarkdownDocument(parsing: text, file: "a.md").renderHTML().isEmpty)
    }

    @Test func leavesOrdinaryPagesAlone() {
        let page = """
        ## Wat is discriminatie?

        Discriminatie is **ongelijke behandeling** op grond van [een kenmerk](../begrippen/ras.md#ras).
        Mail ons op meldpunt@amsterdam.nl.[^1]

        | Grond | Wet |
        |---|---|
        | Ras | AWGB |

        > Citaat
        > - met een lijst
        >   1. en nummers

        [^1]: Zie de Algemene wet gelijke behandeling.
        [awgb]: https://wetten.overheid.nl/BWBR0006502 "AWGB"
        """
        #expect(violation(page) == nil)
    }
}
