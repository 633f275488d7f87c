import Testing
@testable import Search

/// The index weighs terms with integer ids and per-term arrays; this checks its postings against the
/// straightforward definition in `SearchFieldWeight`, computed here with sets and dictionaries of strings.
struct SearchIndexWeightsTests {
    /// Per term: the fixed fields' sum in half body occurrences and the capped body count.
    static func referenceFields(of document: SearchDocument) -> [String: (fixed: Int, body: Int)] {
        let tokenizer = SearchTokenizer()
        var fixed: [String: Int] = [:]
        func addOnce(_ text: String, _ weight: Int) {
            for term in Set(tokenizer.tokens(in: text)) { fixed[term, default: 0] += weight }
        }
        addOnce(document.title, SearchFieldWeight.title)
        addOnce(document.aliases.joined(separator: " "), SearchFieldWeight.alias)
        addOnce(document.summary, SearchFieldWeight.summary)
        addOnce(document.sources.joined(separator: " "), SearchFieldWeight.source)
        var headings: [String: Int] = [:]
        for heading in document.headings {
            for term in Set(tokenizer.tokens(in: heading.text)) {
                headings[term, default: 0] += SearchFieldWeight.heading
            }
        }
        for (term, weight) in headings { fixed[term, default: 0] += min(weight, SearchFieldWeight.headingCap) }
        var counts: [String: Int] = [:]
        for term in tokenizer.tokens(in: document.body) { counts[term, default: 0] += 1 }
        var result: [String: (Int, Int)] = [:]
        for term in Set(fixed.keys).union(counts.keys) {
            result[term] = (fixed[term] ?? 0, min(counts[term] ?? 0, SearchFieldWeight.bodyCap))
        }
        return result
    }

    /// The posting weights the definition gives: BM25F's weighted frequency with the body normalised
    /// by its length against the average, times the scale, rounded.
    static func referenceWeights(of documents: [SearchDocument]) -> [[String: Int]] {
        let tokenizer = SearchTokenizer()
        let lengths = documents.map { tokenizer.tokens(in: $0.body).count }
        let average = Double(lengths.reduce(0, +)) / Double(max(lengths.count, 1))
        return zip(documents, lengths).map { document, length in
            let b = SearchFieldWeight.bodyLengthNormalisation
            let norm = max(average > 0 ? 1 - b + b * Double(length) / average : 1, 1)
            return referenceFields(of: document).mapValues { fields in
                let frequency = Double(fields.fixed) / 2 + Double(fields.body) / norm
                return max(1, min(1023, Int((frequency * SearchFieldWeight.postingScale).rounded())))
            }
        }
    }

    /// Term -> the terms of its parts, as the index split them.
    static func parts(of index: SearchIndex) -> [String: [String]] {
        let words = index.terms.indices.filter { SearchIndex.isWord(index.terms[$0]) }
        let split = SearchIndex.compoundParts(
            terms: words.map { index.terms[$0] }, wordCount: words.count,
            documentCounts: words.map { index.documentCounts[$0] },
            writtenForms: words.map { index.displayForms[$0] ?? index.terms[$0] })
        var result: [String: [String]] = [:]
        for (k, id) in words.enumerated() where !split[k].isEmpty { result[index.terms[id]] = split[k].map { index.terms[words[$0]] } }
        return result
    }

    static let extra: [SearchDocument] = [
        SearchDocument(
            url: "x/index.html", title: "Racisme racisme RACISME", section: "X",
            headings: ["Racisme", "Racisme en racisme", "Racisme", "Nog eens racisme", "Onderscheid"].map {
                SearchHeading(text: $0, anchor: $0.lowercased())
            },
            aliases: ["racisme", "racistisch racisme", "Racisme"], summary: "Racisme, racisme.",
            body: String(repeating: "racisme onderscheid ", count: 9) + "discriminatie",
            sources: ["Racisme: een bron", "Nog een bron over racisme"]),
        SearchDocument(url: "z/index.html", title: "Lang", body: String(repeating: "racisme ", count: 30) + String(repeating: "woord ", count: 400)),
        SearchDocument(url: "y/index.html", title: "", body: "één woord"),
    ]

    @Test func postingsMatchTheFieldWeightDefinition() {
        let index = SearchIndex(documents: SearchFixture.documents + Self.extra)
        var actual: [[String: Int]] = Array(repeating: [:], count: index.documents.count)
        for (term, name) in index.terms.enumerated() where SearchIndex.isWord(name) {
            for posting in index.postings[index.postingStarts[term]..<index.postingStarts[term + 1]] {
                actual[posting.id][name] = posting.weight
            }
        }
        var expected = Self.referenceWeights(of: index.documents)
        // Compounds add postings of their parts or raise them (SearchIndexCompoundsTests): at least half
        // the compound's weight, where the document has the compound.
        let parts = Self.parts(of: index)
        for (id, _) in index.documents.enumerated() {
            for (term, weight) in expected[id] {
                for part in parts[term] ?? [] {
                    expected[id][part] = max(expected[id][part] ?? 0, max(1, (weight + 1) / 2))
                }
            }
        }
        for (id, document) in index.documents.enumerated() {
            #expect(actual[id] == expected[id], "\(document.url)")
        }
        #expect(index.terms == index.terms.sorted { SearchIndex.precedes($0, $1) })
    }
}
