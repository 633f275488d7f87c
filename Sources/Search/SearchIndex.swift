/// The inverted index: documents in a fixed order and, per term, the documents and weights it occurs in.
struct SearchIndex: Sendable {
    /// A document's place in `documents` and the term's summed field weight in it.
    struct Posting: Sendable, Hashable {
        var document: Int
        var weight: Int
    }

    /// Sorted by URL, so the ids (and the output) do not depend on the order the pages were rendered in.
    let documents: [SearchDocument]
    /// Postings per term, each list sorted by document id.
    let postings: [String: [Posting]]

    init(documents unsorted: [SearchDocument], tokenizer: SearchTokenizer = SearchTokenizer()) {
        documents = unsorted.sorted {
            ($0.url, $0.title, $0.section, $0.summary, $0.body) < ($1.url, $1.title, $1.section, $1.summary, $1.body)
        }
        var cache = TermCache(tokenizer: tokenizer)
        var postings: [String: [Posting]] = [:]
        for (id, document) in documents.enumerated() {
            for (term, weight) in SearchIndex.weights(of: document, cache: &cache) {
                postings[term, default: []].append(Posting(document: id, weight: weight))
            }
        }
        self.postings = postings
    }

    /// The summed field weights of every term in one document.
    static func weights(of document: SearchDocument, cache: inout TermCache) -> [String: Int] {
        var weights: [String: Int] = [:]
        func addOnce(_ text: String, _ weight: Int) {
            for term in Set(cache.terms(in: text)) { weights[term, default: 0] += weight }
        }
        addOnce(document.title, SearchFieldWeight.title)
        addOnce(document.aliases.joined(separator: " "), SearchFieldWeight.alias)
        addOnce(document.summary, SearchFieldWeight.summary)
        var headingWeights: [String: Int] = [:]
        for heading in document.headings {
            for term in Set(cache.terms(in: heading.text)) { headingWeights[term, default: 0] += SearchFieldWeight.heading }
        }
        for (term, weight) in headingWeights { weights[term, default: 0] += min(weight, SearchFieldWeight.headingCap) }
        var counts: [String: Int] = [:]
        for term in cache.terms(in: document.body) { counts[term, default: 0] += 1 }
        for (term, count) in counts { weights[term, default: 0] += min(count, SearchFieldWeight.bodyCap) }
        return weights
    }
}
