import Testing
@testable import Search

/// The index weighs terms with integer ids and per-term arrays; this checks its postings against the
/// straightforward definition in `SearchFieldWeight`, computed here with sets and dictionaries of strings.
struct SearchIndexWeightsTests {
    static func referenceWeights(of document: SearchDocument) -> [String: Int] {
        let tokenizer = SearchTokenizer()
        var weights: [String: Int] = [:]
        func addOnce(_ text: String, _ weight: Int) {
            for term in Set(tokenizer.tokens(in: text)) { weights[term, default: 0] += weight }
        }
        addOnce(document.title, SearchFieldWeight.title)
        addOnce(document.aliases.joined(separator: " "), SearchFieldWeight.alias)
        addOnce(document.summary, SearchFieldWeight.summary)
        var headings: [String: Int] = [:]
        for heading in document.headings {
            for term in Set(tokenizer.tokens(in: heading.text)) {
                headings[term, default: 0] += SearchFieldWeight.heading
            }
        }
        for (term, weight) in headings { weights[term, default: 0] += min(weight, SearchFieldWeight.headingCap) }
        var counts: [String: Int] = [:]
        for term in tokenizer.tokens(in: document.body) { counts[term, default: 0] += 1 }
        for (term, count) in counts { weights[term, default: 0] += min(count, SearchFieldWeight.bodyCap) }
        return weights
    }

    static let extra: [SearchDocument] = [
        SearchDocument(
            url: "x/index.html", title: "Racisme racisme RACISME", section: "X",
            headings: ["Racisme", "Racisme en racisme", "Racisme", "Nog eens racisme", "Onderscheid"].map {
                SearchHeading(text: $0, anchor: $0.lowercased())
            },
            aliases: ["racisme", "racistisch racisme", "Racisme"], summary: "Racisme, racisme.",
            body: String(repeating: "racisme onderscheid ", count: 9) + "discriminatie"),
        SearchDocument(url: "y/index.html", title: "", body: "één woord"),
    ]

    @Test func postingsMatchTheFieldWeightDefinition() {
        let index = SearchIndex(documents: SearchFixture.documents + Self.extra)
        var actual: [[String: Int]] = Array(repeating: [:], count: index.documents.count)
        for (term, name) in index.terms.enumerated() {
            for posting in index.postings[index.postingStarts[term]..<index.postingStarts[term + 1]] {
                actual[posting.id][name] = posting.weight
            }
        }
        for (id, document) in index.documents.enumerated() {
            #expect(actual[id] == Self.referenceWeights(of: document), "\(document.url)")
        }
        #expect(index.terms == index.terms.sorted())
    }
}
