import Foundation
import SiteModel
import Testing
@testable import Search

struct SearchIndexBuilderTests {
    let builder = SearchIndexBuilder()

    func parse(_ documents: [SearchDocument], synonyms: [[String]] = []) throws -> ParsedIndex {
        try ParsedIndex(builder.files(for: documents, synonyms: synonyms))
    }

    @Test(arguments: [0, 1, 31, 32, 33, 1023, 1024, 99_999])
    func encodesNumbersInFiveBitGroups(number: Int) throws {
        var out = ""
        SearchIndex.appendNumber(number, to: &out)
        #expect(out.count == max(1, (String(number, radix: 2).count + 4) / 5))
        #expect(try ParsedIndex.numbers(out) == [number])
    }

    @Test func givesTheSameBytesForAnyInputOrder() {
        let forward = builder.files(for: SearchFixture.documents, synonyms: [["klacht", "melding"]])
        for other in [SearchFixture.documents.reversed(), SearchFixture.documents.shuffled()] {
            let files = builder.files(for: Array(other), synonyms: [["melding", "klacht"]])
            #expect(files.map(\.path) == forward.map(\.path))
            #expect(files.map(\.data) == forward.map(\.data))
        }
    }

    @Test func writesAnEntryWithDocsSectionsAndParts() throws {
        let files = builder.files(for: SearchFixture.documents)
        #expect(files.first?.path == "search-index.js")
        #expect(files.dropFirst().allSatisfy { $0.path.hasPrefix(SearchIndexBuilder.partsPrefix) })
        let index = try ParsedIndex(files)
        #expect(index.entry["version"] as? Int == 2)
        #expect(index.entry["docCount"] as? Int == SearchFixture.documents.count)
        #expect(index.entry["kinds"] as? [String] == ["page", "term", "quiz"])
        let sections = try #require(index.entry["sections"] as? [String])
        #expect(sections.first == "" && sections.contains("Begrippenlijst"))
        #expect(index.docs.count == SearchFixture.documents.count)
        let urls = index.docs.compactMap { $0[0] as? String }
        #expect(urls == urls.sorted())
        let term = try #require(index.docs.first { $0[0] as? String == "begrippen/indirect-onderscheid/index.html" })
        #expect(term[1] as? String == "Indirect onderscheid")
        #expect(sections[try #require(term[2] as? Int)] == "Begrippenlijst")
        #expect(term[3] as? Int == 1)
        #expect(term[5] as? [[String]] == [["Wanneer mag het?", "wanneer-mag-het"]])
        // Every part is listed with its size and a version that changes with its bytes.
        for part in (index.entry["docParts"] as! [[Any]]) + (index.entry["termParts"] as! [[Any]]) {
            let file = try #require(files.first { $0.path == part[1] as? String })
            #expect(part[3] as? Int == file.data.count)
            let version = try #require(part[2] as? String)
            #expect(version.count == 8 && String(decoding: file.data, as: UTF8.self).contains("{\"v\":\"\(version)\""))
        }
    }

    @Test func cutsALargeIndexIntoPartsByTermOrder() throws {
        // 600 documents with 20 distinct made-up words each: well over one part of postings and of documents.
        let documents = (0..<600).map { n in
            SearchDocument(url: "p\(n)/index.html", title: "Pagina \(n)", summary: "Samenvatting van pagina \(n).",
                           body: (0..<20).map { "woord\((n * 7 + $0 * 13) % 997)x" }.joined(separator: " "))
        }
        let files = builder.files(for: documents)
        let index = try ParsedIndex(files)
        let termParts = try #require(index.entry["termParts"] as? [[Any]])
        let docParts = try #require(index.entry["docParts"] as? [[Any]])
        #expect(termParts.count > 1 && docParts.count > 1)
        #expect(termParts.first?[0] as? String == "")
        for part in termParts.dropLast() + docParts.dropLast() {
            #expect(try #require(part[3] as? Int) < SearchIndex.termPartBytes + 4096)
        }
        #expect(index.docs.count == 600)
        #expect(try index.weights(of: "woord13x").count == documents.filter { $0.body.contains("woord13x ") || $0.body.hasSuffix("woord13x") }.count)
    }

    @Test func weighsTitleNameHeadingBodyAndSourceInThatOrder() throws {
        let documents = [
            SearchDocument(url: "title/index.html", title: "Racisme", body: "Over iets anders."),
            SearchDocument(url: "alias/index.html", title: "Iets", kind: .term, aliases: ["racisme"], body: "Over iets anders."),
            SearchDocument(url: "heading/index.html", title: "Iets", headings: [SearchHeading(text: "Racisme", anchor: "r")],
                           body: "Over iets anders."),
            SearchDocument(url: "summary/index.html", title: "Iets", summary: "Racisme.", body: "Over iets anders."),
            SearchDocument(url: "body/index.html", title: "Iets", body: "Over racisme en iets anders."),
            SearchDocument(url: "source/index.html", title: "Iets", body: "Over iets anders, heel lang.", sources: ["Racisme in de bron"]),
        ]
        let weights = try parse(documents).weights(of: "racism")
        let order = ["title", "alias", "heading", "summary", "body", "source"].map { weights["\($0)/index.html"] ?? 0 }
        #expect(order == order.sorted(by: >) && Set(order).count == order.count, "\(order)")
    }

    @Test func normalisesOnlyTheBodyForLength() throws {
        let filler = String(repeating: "woorden ", count: 200)
        let documents = [
            SearchDocument(url: "kort/index.html", title: "Kort", body: "racisme"),
            SearchDocument(url: "lang/index.html", title: "Lang", body: "racisme " + filler),
            SearchDocument(url: "kopkort/index.html", title: "Racisme", body: "kort"),
            SearchDocument(url: "koplang/index.html", title: "Racisme", body: filler),
        ]
        let weights = try parse(documents).weights(of: "racism")
        #expect(weights["kort/index.html"]! > weights["lang/index.html"]!)
        #expect(weights["kopkort/index.html"] == weights["koplang/index.html"])
    }

    @Test func writesNameKeysForTitlesAliasesAndUnqualifiedTitles() throws {
        let index = try parse([
            SearchDocument(url: "a/index.html", title: "Indirect onderscheid", kind: .term, aliases: ["indirecte discriminatie"]),
            SearchDocument(url: "b/index.html", title: "Onderscheid en indirect onderscheid"),
            SearchDocument(url: "c/index.html", title: "Ras (juridisch)", kind: .term),
        ])
        #expect(try index.weights(of: "=indirect onderscheid") == ["a/index.html": 2, "b/index.html": 1])
        #expect(try index.weights(of: "=discriminatie indirect") == ["a/index.html": 2])
        #expect(try index.weights(of: "=ras") == ["c/index.html": 2])
        #expect(try index.weights(of: "=juridisch ras") == ["c/index.html": 2])
        // Name keys are not words: the vocabulary (for typo corrections and prefixes) leaves them out.
        #expect(try index.vocabulary().allSatisfy { !$0.term.hasPrefix("=") })
    }

    @Test func writesTheVocabularyWithCountsNamesAndWrittenForms() throws {
        let index = try parse([
            SearchDocument(url: "a/index.html", title: "Toeslagenaffaire", kind: .term,
                           body: "De toeslagenaffaire, toeslagenaffaire en meer toeslagenaffaires. Geëmancipeerde mensen."),
            SearchDocument(url: "b/index.html", title: "Iets", body: "Toeslagenaffaire. Geëmancipeerde vrouwen."),
        ])
        let vocabulary = try index.vocabulary()
        let terms = vocabulary.map(\.term)
        #expect(terms == terms.sorted { SearchIndex.precedes($0, $1) })
        let affair = try #require(vocabulary.first { $0.term == "toeslagenaffair" })
        #expect(affair.form == "toeslagenaffaire")
        #expect(affair.info == 32 + 2, "a name, in 2 documents (bit length 2)")
        let emancipated = try #require(vocabulary.first { $0.term == "geemancipeerd" })
        #expect(emancipated.form == "geëmancipeerde")
        #expect(emancipated.info == 2)
        #expect(try #require(vocabulary.first { $0.term == "mens" }).form == "mensen")
    }

    @Test func sortsTermsAsJavaScriptDoesAndNeverSplitsASurrogatePair() throws {
        // U+FB01 (a ligature, folded apart) aside: "ｚ" (U+FF5A) sorts after "𝔞" (U+1D51E) by scalar but
        // before it by UTF-16 code unit, the order search.js compares in.
        let index = try parse([SearchDocument(url: "a/index.html", title: "x", body: "𝔞𝔟 𝔞𝔠 ｚｚ zz")])
        let terms = try index.vocabulary().map(\.term)
        #expect(terms == ["zz", "𝔞𝔟", "𝔞𝔠", "ｚｚ"].sorted { SearchIndex.precedes($0, $1) })
        #expect(terms.contains("𝔞𝔠"))
    }

    @Test func writesSynonymsAsTermsAndDropsEmptyOrLonelyGroups() throws {
        let index = try parse(SearchFixture.documents, synonyms: [
            ["klacht", "meldingen"], ["Racial profiling", "etnisch profileren"], ["de", "het"], ["alleen"], ["zelfde", "Zelfde"],
        ])
        let synonyms = try #require(index.entry["synonyms"] as? [[[String]]])
        #expect(synonyms == [[["etnisch", "profiler"], ["racial", "profil"]], [["klacht"], ["melding"]]])
    }

    @Test func escapesStringsSoTheScriptStaysValid() throws {
        let tricky = "Quote \" back\\slash\nnew line\u{2028}</script><b>"
        let files = builder.files(for: [SearchDocument(url: "a/index.html", title: tricky, summary: tricky)])
        for file in files {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(!text.contains("</script>") && !text.contains("\u{2028}"))
        }
        #expect(try ParsedIndex(files).docs[0][1] as? String == tricky)
    }

    @Test func shortensLongSummariesAtAWordBoundary() throws {
        let summary = String(repeating: "woord ", count: 100)
        let shortened = try #require(try parse([SearchDocument(url: "a/index.html", title: "A", summary: summary)]).docs[0][4] as? String)
        #expect(shortened.count <= SearchFieldWeight.summaryLength + 1)
        #expect(shortened.hasSuffix("woord…"))
    }

    @Test func indexesHeadingsDigitsAndFoldedWords() throws {
        let index = try parse(SearchFixture.documents)
        let indirect = try index.weights(of: "indirect")
        #expect(indirect["definities/onderscheid-en-rechtvaardiging/index.html"]! > indirect["begrippen/onderscheid/index.html"]!)
        #expect(try index.weights(of: "1")["juridisch-kader/grondwet-artikel-1/index.html"] != nil)
        #expect(try index.weights(of: "caf")["rol-van-de-gemeente/ketenpartners/index.html"] != nil)
        #expect(index.postings["een"] == nil && index.postings["één"] == nil && index.postings["de"] == nil)
    }

    @Test func handlesAnEmptySite() throws {
        let index = try parse([])
        #expect(index.docs.isEmpty && index.postings.isEmpty)
        #expect((index.entry["termParts"] as? [Any])?.count == 1 && (index.entry["docParts"] as? [Any])?.count == 1)
    }
}
