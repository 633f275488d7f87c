import Foundation
import Testing
@testable import Search

struct SearchIndexBuilderTests {
    let builder = SearchIndexBuilder()

    /// The object assigned to `window.KENNISBANK_SEARCH`, parsed as JSON.
    static func parse(_ script: String) throws -> [String: Any] {
        let prefix = "window.KENNISBANK_SEARCH = "
        let start = try #require(script.range(of: prefix)).upperBound
        var body = String(script[start...]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(body.hasSuffix(";"))
        body.removeLast()
        return try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    /// The numbers of one postings string (5-bit groups, lowest first; a digit below 32 ends a number).
    static func numbers(_ encoded: String) throws -> [Int] {
        var result: [Int] = []
        var value = 0, shift = 0
        for scalar in encoded.unicodeScalars {
            let digit = try #require(SearchIndex.digits.firstIndex(of: scalar))
            if digit >= 32 { value |= (digit - 32) << shift; shift += 5; continue }
            result.append(value | digit << shift)
            value = 0
            shift = 0
        }
        return result
    }

    /// Weight of `term` per document URL, decoded from the gap-encoded postings.
    static func weights(of term: String, in index: [String: Any]) throws -> [String: Int] {
        let docs = try #require(index["docs"] as? [[Any]])
        let postings = try #require(index["postings"] as? [String: String])
        let list = try numbers(try #require(postings[term], "no postings for \(term)"))
        var result: [String: Int] = [:]
        var id = 0
        for pair in stride(from: 0, to: list.count, by: 2) {
            id += list[pair]
            result[try #require(docs[id][0] as? String)] = list[pair + 1]
        }
        return result
    }

    @Test(arguments: [0, 1, 31, 32, 33, 1023, 1024, 99_999])
    func encodesNumbersInFiveBitGroups(number: Int) throws {
        var out = ""
        SearchIndex.appendNumber(number, to: &out)
        #expect(out.count == max(1, (String(number, radix: 2).count + 4) / 5))
        #expect(try Self.numbers(out) == [number])
    }

    @Test func givesTheSameBytesForAnyInputOrder() {
        let forward = builder.javascript(for: SearchFixture.documents)
        #expect(builder.javascript(for: SearchFixture.documents.reversed()) == forward)
        #expect(builder.javascript(for: SearchFixture.documents.shuffled()) == forward)
    }

    @Test func writesAScriptWithDocsSectionsAndPostings() throws {
        let index = try Self.parse(builder.javascript(for: SearchFixture.documents))
        #expect(index["version"] as? Int == 1)
        #expect(index["kinds"] as? [String] == ["page", "term", "quiz"])
        let sections = try #require(index["sections"] as? [String])
        #expect(sections.first == "" && sections.contains("Begrippenlijst"))
        let docs = try #require(index["docs"] as? [[Any]])
        #expect(docs.count == SearchFixture.documents.count)
        let urls = docs.compactMap { $0[0] as? String }
        #expect(urls == urls.sorted())
        let term = try #require(docs.first { $0[0] as? String == "begrippen/indirect-onderscheid/index.html" })
        #expect(term[1] as? String == "Indirect onderscheid")
        #expect(sections[try #require(term[2] as? Int)] == "Begrippenlijst")
        #expect(term[3] as? Int == 1)
        #expect(term[5] as? [[String]] == [["Wanneer mag het?", "wanneer-mag-het"]])
    }

    @Test func weighsATitleHitAboveRepeatedPassingMentions() throws {
        let index = try Self.parse(builder.javascript(for: SearchFixture.documents))
        let racism = try Self.weights(of: "racism", in: index)
        let passing = try #require(racism["valkuilen/intentie-versus-effect/index.html"])
        #expect(passing == SearchFieldWeight.bodyCap)
        #expect(try #require(racism["definities/racisme/index.html"]) > passing)
        // The alias 'racistische' finds the term page with alias weight, above a body mention.
        let alias = try Self.weights(of: "racistisch", in: index)
        #expect(try #require(alias["begrippen/racisme/index.html"]) > alias["definities/racisme/index.html"] ?? 0)
    }

    @Test func indexesHeadingsDigitsAndFoldedWords() throws {
        let index = try Self.parse(builder.javascript(for: SearchFixture.documents))
        let indirect = try Self.weights(of: "indirect", in: index)
        #expect(indirect["definities/onderscheid-en-rechtvaardiging/index.html"]! > indirect["begrippen/onderscheid/index.html"]!)
        #expect(try Self.weights(of: "1", in: index)["juridisch-kader/grondwet-artikel-1/index.html"] != nil)
        #expect(try Self.weights(of: "caf", in: index)["rol-van-de-gemeente/ketenpartners/index.html"] == 1)
        let postings = try #require(index["postings"] as? [String: String])
        #expect(postings["een"] == nil && postings["één"] == nil && postings["de"] == nil)
    }

    @Test func escapesStringsSoTheScriptStaysValid() throws {
        let tricky = "Quote \" back\\slash\nnew line\u{2028}</script><b>"
        let script = builder.javascript(for: [SearchDocument(url: "a/index.html", title: tricky, summary: tricky)])
        #expect(!script.contains("</script>") && !script.contains("\u{2028}"))
        let docs = try #require(try Self.parse(script)["docs"] as? [[Any]])
        #expect(docs[0][1] as? String == tricky)
    }

    @Test func shortensLongSummariesAtAWordBoundary() throws {
        let summary = String(repeating: "woord ", count: 100)
        let script = builder.javascript(for: [SearchDocument(url: "a/index.html", title: "A", summary: summary)])
        let docs = try #require(try Self.parse(script)["docs"] as? [[Any]])
        let shortened = try #require(docs[0][4] as? String)
        #expect(shortened.count <= SearchFieldWeight.summaryLength + 1)
        #expect(shortened.hasSuffix("woord…"))
    }

    @Test func handlesAnEmptySite() throws {
        let index = try Self.parse(builder.javascript(for: []))
        #expect((index["docs"] as? [Any])?.isEmpty == true)
        #expect((index["postings"] as? [String: Any])?.isEmpty == true)
    }
}
