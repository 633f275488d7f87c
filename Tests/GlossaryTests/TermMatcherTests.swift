import Glossary
import Testing

@Suite struct TermMatcherTests {
    let matcher = TermMatcher(names: [
        ("racisme", "racisme"), ("racistische", "racisme"), ("institutioneel racisme", "institutioneel-racisme"),
        ("een", "een"), ("gelijk", "gelijk"), ("CRM", "crm"), ("Één", "een-accent"),
    ])

    func found(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return matcher.matches(in: text).map { match in
            String(decoding: bytes[match.start..<(match.start + match.length)], as: UTF8.self) + "=" + match.slug
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

    @Test func findsTheLongestNameWhenAShorterOneIsItsPrefix() {
        let nested = TermMatcher(names: [("art", "a"), ("art. 1", "b"), ("art. 1 gw", "c"), ("-x", "d")])
        let bytes = Array("art. 1 gw, art. 1, art. 12, art, kunst-x en -x.".utf8)
        let found = nested.matches(in: String(decoding: bytes, as: UTF8.self)).map {
            String(decoding: bytes[$0.start..<($0.start + $0.length)], as: UTF8.self) + "=" + $0.slug
        }
        // 'art. 12' has no boundary after 'art. 1', so only 'art' matches there; '-x' inside 'kunst-x'
        // follows a letter and is not a word start.
        #expect(found == ["art. 1 gw=c", "art. 1=b", "art=a", "art=a", "-x=d"])
    }

    @Test func findsOneLetterNamesAndNamesWithNonASCIISecondLetters() {
        let matcher = TermMatcher(names: [("x", "x"), ("oñate", "o"), ("ĳs", "ij")])
        let text = "x, y x. xy Oñate ĳs"
        let bytes = Array(text.utf8)
        #expect(matcher.matches(in: text).map { String(decoding: bytes[$0.start..<($0.start + $0.length)], as: UTF8.self) }
                == ["x", "x", "Oñate", "ĳs"])
    }

    @Test func filtersFirstWordsWithoutLosingShortNames() {
        let matcher = TermMatcher(names: [("ab", "ab"), ("abc def", "abc"), ("Abx", "abx"), ("a-b", "a-b")])
        let text = "ab abc def abx abd abcd a-b ABC DEF"
        let bytes = Array(text.utf8)
        #expect(matcher.matches(in: text).map { String(decoding: bytes[$0.start..<($0.start + $0.length)], as: UTF8.self) + "=" + $0.slug }
                == ["ab=ab", "abc def=abc", "abx=abx", "a-b=a-b", "ABC DEF=abc"])
    }

    @Test func readsInvalidBytesAsReplacementCharacters() {
        let bytes: [UInt8] = [0xFF] + Array(" racisme ".utf8) + [0xC3] + Array("racisme".utf8)
        let matches = bytes.withUnsafeBufferPointer { matcher.matches(in: $0) }
        // The lone lead byte 0xC3 is not a letter, so the second 'racisme' still starts a word.
        #expect(matches.map(\.start) == [2, 11])
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
