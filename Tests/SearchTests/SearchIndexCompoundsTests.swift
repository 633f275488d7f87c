import Foundation
import Testing
@testable import Search

/// Compounds in the index: a page that writes 'moslimhaat' is found by 'moslim' and 'haat'.
struct SearchIndexCompoundsTests {
    static func document(_ name: String, _ body: String, headings: [String] = []) -> SearchDocument {
        SearchDocument(url: "\(name)/index.html", title: name.capitalized,
                       headings: headings.map { SearchHeading(text: $0, anchor: $0) }, body: body)
    }

    /// Four pages write the parts on their own; 'compound' writes only the compound, 'heading' has the
    /// part once on its own and the compound in a heading.
    static let index = SearchIndex(documents: [
        document("a", "moslim haat tekst"), document("b", "moslim haat tekst"), document("c", "moslim haat"),
        document("d", "moslim haat"),
        document("compound", "Over moslimhaat en nog wat tekst."),
        document("heading", "Eén keer moslim in een lange tekst over beleid en de gemeente.",
                 headings: ["Aanpak van moslimhaat"]),
    ])

    static func weight(_ term: String, in url: String) -> Int? {
        let document = index.documents.firstIndex { $0.url == "\(url)/index.html" }!
        guard let id = index.terms.firstIndex(of: term) else { return nil }
        return index.postings[index.postingStarts[id]..<index.postingStarts[id + 1]].first { $0.id == document }?.weight
    }

    @Test func aCompoundCountsAsHalfAMentionOfEachPart() throws {
        let whole = try #require(Self.weight("moslimhat", in: "compound"))
        #expect(Self.weight("moslim", in: "compound") == max(1, (whole + 1) / 2))
        #expect(Self.weight("hat", in: "compound") == max(1, (whole + 1) / 2))
        // No new terms: the parts were words of the index already.
        #expect(Set(Self.index.terms).isSuperset(of: ["moslim", "hat", "moslimhat"]))
    }

    @Test func aCompoundRaisesAWeakerMentionOfAPart() throws {
        let whole = try #require(Self.weight("moslimhat", in: "heading"))
        #expect(Self.weight("moslim", in: "heading") == (whole + 1) / 2)
        // 'a' writes the part itself and no compound: its own weight stays.
        #expect(Self.weight("moslim", in: "a") == SearchFieldWeight.postingWeight(
            packed: SearchFieldWeight.packed(fixed: 0, bodyCount: 1), bodyLength: 3,
            averageBodyLength: Self.averageBodyLength))
    }

    static var averageBodyLength: Double {
        let tokenizer = SearchTokenizer()
        let lengths = index.documents.map { tokenizer.tokens(in: $0.body).count }
        return Double(lengths.reduce(0, +)) / Double(lengths.count)
    }

    @Test func theEntryCountsOnlyPagesThatWriteAWord() {
        // 'moslim' is written on five pages ('heading' once) and gained by one: the entry says five.
        let id = Self.index.terms.firstIndex(of: "moslim")!
        #expect(Self.index.documentCounts[id] == 5)
        #expect(Self.index.postingStarts[id + 1] - Self.index.postingStarts[id] == 6)
    }

    @Test func keepsAWordWholeWhenItIsMoreCommonThanItsParts() {
        // 'bovendien' is written on three pages; 'boven' and 'dien' on two each: not split.
        let index = SearchIndex(documents: [
            Self.document("a", "bovendien boven dien"), Self.document("b", "bovendien boven dien"),
            Self.document("c", "bovendien en verder"),
        ])
        let counts = Dictionary(uniqueKeysWithValues: zip(index.terms, index.documentCounts))
        // The rules alone would split it: the document counts are what keep it whole.
        let splitter = DutchCompounds { SearchIndex.bitLength(counts[$0] ?? 0) }
        #expect(splitter.parts(of: "bovendien") == ["bov", "dien"])
        let parts = SearchIndex.compoundParts(
            terms: index.terms, wordCount: index.terms.count,
            documentCounts: index.documentCounts, writtenForms: index.terms)
        let split = parts.filter { !$0.isEmpty }.count
        #expect(split == 0)
    }
}
