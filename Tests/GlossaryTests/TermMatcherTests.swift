import Glossary
import Testing

@Suite struct TermMatcherTests {
    let matcher = TermMatcher(names: [
        ("racisme", "racisme"), ("racistische", "racisme"), ("institutioneel racisme", "institutioneel-racisme"),
        ("een", "een"), ("gelijk", "gelijk"), ("CRM", "crm"), ("Één", "een-accent"),
    ])

    func found(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return matcher.matches(in: text).map { match in
            var found = ""
            found.unicodeScalars.append(contentsOf: scalars[match.start..<(match.start + match.length)])
            return found + "=" + match.slug
        }
    }

    @Test func prefersTheLongestMatch() {
        #expect(found("Er is sprake van institutioneel racisme en racisme.") ==
                ["institutioneel racisme=institutioneel-racisme", "racisme=racisme"])
    }

    @Test func matchesWholeWordsOnly() {
        #expect(found("antiracisme racismeonderzoek gelijkwaardigheid ongelijk") == [])
        #expect(found("Dat is gelijk.") == ["gelijk=gelijk"])
    }

    @Test func treatsLettersWithDiacriticsAsLetters() {
        // 'één' must not yield 'een' at a false boundary, and 'geëerd' contains no word 'een'.
        #expect(found("één geëerd") == ["één=een-accent"])
        #expect(found("een keer") == ["een=een"])
    }

    @Test func ignoresCase() {
        #expect(found("Racisme en RACISTISCHE uitspraken, het crm") ==
                ["Racisme=racisme", "RACISTISCHE=racisme", "crm=crm"])
    }

    @Test func matchesAliasesAtTextEdgesAndPunctuation() {
        #expect(found("racistische") == ["racistische=racisme"])
        #expect(found("(racisme)") == ["racisme=racisme"])
    }

    @Test func handlesManyNamesInOnePass() {
        let names = (0..<500).map { ("term\($0) woord", "t\($0)") }
        let big = TermMatcher(names: names)
        let text = Array(repeating: "tekst term42 woord en term499 woord.", count: 100).joined(separator: " ")
        let matches = big.matches(in: text)
        #expect(matches.count == 200)
        #expect(Set(matches.map(\.slug)) == ["t42", "t499"])
    }
}
