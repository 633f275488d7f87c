import Testing
@testable import Search

struct SearchTokenizerTests {
    let tokenizer = SearchTokenizer()

    @Test func foldsCaseAndDiacritics() {
        #expect(SearchTokenizer.fold("Één CAFÉ geëmancipeerd naïef ĳs") == "een cafe geemancipeerd naief ijs")
        #expect(tokenizer.tokens(in: "Geëmancipeerde") == tokenizer.tokens(in: "geemancipeerde"))
        #expect(tokenizer.tokens(in: "Ideeën") == ["ideeen"])
    }

    @Test func dropsDutchStopWordsIncludingFoldedOnes() {
        #expect(tokenizer.tokens(in: "De vrouw en het kind van een buurman") == ["vrouw", "kind", "buurman"])
        // 'één' folds to the stop word 'een': a query of only stop words finds nothing, by design.
        #expect(tokenizer.tokens(in: "één") == [])
        #expect(DutchStopWords.all.count == 101)
    }

    @Test func keepsDigitsAsTermsWithoutStemming() {
        #expect(tokenizer.tokens(in: "Artikel 1 van de Grondwet") == ["artikel", "1", "grondwet"])
        #expect(tokenizer.tokens(in: "in 2024 en 1.000 keer") == ["2024", "1", "000", "ker"])
    }

    @Test func splitsOnPunctuationHyphensAndApostrophes() {
        #expect(tokenizer.tokens(in: "niet-westerse auto's, (LHBTI+)") == ["wester", "auto", "lhbti"])
        #expect(tokenizer.tokens(in: "zo'n 'Indirect' onderscheid!") == ["indirect", "onderscheid"])
    }

    @Test func stemsInflectionsToTheSameTerm() {
        let forms = ["discrimineren", "discriminerend", "discriminerende"].map { tokenizer.tokens(in: $0) }
        #expect(Set(forms).count == 1)
        #expect(tokenizer.tokens(in: "gelijkheden") == tokenizer.tokens(in: "gelijkheid"))
    }

    @Test func handlesEmptyAndSymbolOnlyText() {
        #expect(tokenizer.tokens(in: "") == [])
        #expect(tokenizer.tokens(in: " — … !? ") == [])
    }
}

/// Data/tokenizer-cases.tsv is read by the browser check too, so both tokenizers meet the same cases.
struct SharedTokenizerCasesTests {
    @Test func tokenizesTheSharedCasesLikeStemmerJS() throws {
        let text = try String(contentsOf: DutchStemmerTests.data.appendingPathComponent("tokenizer-cases.tsv"), encoding: .utf8)
        let cases = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(cases.count >= 15)
        let tokenizer = SearchTokenizer()
        for line in cases {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(columns.count == 2, "bad line: \(line)")
            let expected = columns[1].split(separator: " ").map(String.init)
            #expect(tokenizer.tokens(in: String(columns[0])) == expected, "\(columns[0])")
        }
    }
}
