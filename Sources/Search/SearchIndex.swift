import Foundation
import SiteModel

/// The inverted index: documents in a fixed order and, per term, the documents and weights it occurs in.
struct SearchIndex: Sendable {
    /// A document's place in `documents` (the id) and the term's summed field weight in it.
    typealias Posting = WeightedID

    /// Sorted by URL, so the ids (and the output) do not depend on the order the pages were rendered in.
    let documents: [SearchDocument]
    /// Every term, sorted.
    let terms: [String]
    /// The postings of `terms[t]` are `postings[postingStarts[t]..<postingStarts[t + 1]]`, sorted by
    /// document id. One flat array rather than an array per term: millions of postings on a large site.
    let postings: [Posting]
    let postingStarts: [Int]

    /// `count` documents cut into consecutive ranges, four per core: each range is one task for
    /// `parallelMap`, and results come back in document order.
    static func chunks(of count: Int) -> [Range<Int>] {
        let chunkCount = min(max(ProcessInfo.processInfo.activeProcessorCount * 4, 1), max(count, 1))
        let size = (count + chunkCount - 1) / chunkCount
        return (0..<chunkCount).map { min($0 * size, count)..<min(($0 + 1) * size, count) }
    }

    init(documents unsorted: [SearchDocument], tokenizer: SearchTokenizer = SearchTokenizer()) {
        documents = unsorted.sorted {
            ($0.url, $0.title, $0.section, $0.summary, $0.body) < ($1.url, $1.title, $1.section, $1.summary, $1.body)
        }
        // Tokenising and stemming is the expensive part: chunks of documents are weighed on every core,
        // each with its own term cache (sharing stems), and merged in document order, so the output is
        // the same.
        let documents = self.documents
        let memo = SharedTermMemo(tokenizer: tokenizer)
        let weights = Self.chunks(of: documents.count).parallelMap { range -> TermWeigher.Weights in
            var weigher = TermWeigher(memo: memo)
            for index in range { weigher.add(documents[index]) }
            return weigher.finish()
        }

        // Each chunk numbered its terms itself; give every term one number over all chunks.
        var allTerms: [String] = []
        var termIDs: [String: Int] = [:]
        let globalIDs: [[Int]] = weights.map { chunk in
            chunk.terms.map { term in
                if let id = termIDs[term] { return id }
                termIDs[term] = allTerms.count
                allTerms.append(term)
                return allTerms.count - 1
            }
        }
        // Lay the postings out term by term in sorted term order. Visiting documents in order keeps each
        // term's postings sorted by document without sorting them.
        var counts = [Int](repeating: 0, count: allTerms.count)
        for (chunk, chunkWeights) in weights.enumerated() {
            for pair in chunkWeights.pairs { counts[globalIDs[chunk][pair.id]] += 1 }
        }
        let order = allTerms.indices.sorted { allTerms[$0] < allTerms[$1] }
        var next = [Int](repeating: 0, count: allTerms.count)
        var starts = [0]
        starts.reserveCapacity(order.count + 1)
        for id in order {
            next[id] = starts.last!
            starts.append(starts.last! + counts[id])
        }
        // Every slot is written exactly once below (the counts add up to the number of pairs).
        let postings = [Posting](unsafeUninitializedCapacity: starts.last!) { postings, initialized in
            var document = 0
            for (chunk, chunkWeights) in weights.enumerated() {
                let global = globalIDs[chunk]
                var pair = 0
                for end in chunkWeights.ends {
                    while pair < end {
                        let id = global[chunkWeights.pairs[pair].id]
                        (postings.baseAddress! + next[id]).initialize(
                            to: Posting(id: document, weight: chunkWeights.pairs[pair].weight))
                        next[id] += 1
                        pair += 1
                    }
                    document += 1
                }
            }
            initialized = postings.count
        }
        terms = order.map { allTerms[$0] }
        self.postings = postings
        postingStarts = starts
    }
}
