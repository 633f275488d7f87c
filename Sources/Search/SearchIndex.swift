import Foundation

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
        // Tokenising and stemming is the expensive part: chunks of documents are weighed on every
        // core, each with its own stem cache, and merged in document order, so the output is the same.
        let documents = self.documents
        let chunkCount = min(max(ProcessInfo.processInfo.activeProcessorCount * 4, 1), max(documents.count, 1))
        let chunkSize = (documents.count + chunkCount - 1) / chunkCount
        let chunks = ChunkResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var cache = TermCache(tokenizer: tokenizer)
            let range = min(chunk * chunkSize, documents.count)..<min((chunk + 1) * chunkSize, documents.count)
            chunks.store(range.isEmpty ? [] : range.map { SearchIndex.weights(of: documents[$0], cache: &cache) }, at: chunk)
        }
        var postings: [String: [Posting]] = [:]
        var id = 0
        for weightsOfChunk in chunks.values() {
            for weights in weightsOfChunk {
                for (term, weight) in weights {
                    postings[term, default: []].append(Posting(document: id, weight: weight))
                }
                id += 1
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

/// Per-chunk results written from several threads; each slot is written once, into memory
/// allocated up front, so writers never touch shared array bookkeeping.
private final class ChunkResults: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<[[String: Int]]>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: [], count: max(count, 1))
    }

    deinit {
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    func store(_ value: [[String: Int]], at index: Int) { slots[index] = value }

    func values() -> [[[String: Int]]] { (0..<count).map { slots[$0] } }
}
