import Foundation
import SiteModel

/// The inverted index: documents in a fixed order and, per term, the documents and weights it occurs in.
struct SearchIndex: Sendable {
    /// A document's place in `documents` (the id) and the term's weight in it (`SearchFieldWeight`).
    typealias Posting = WeightedID

    /// Sorted by URL, so the ids (and the output) do not depend on the order the pages were rendered in.
    let documents: [SearchDocument]
    /// Every term and name key, sorted by UTF-16 code units (the order JavaScript's `<` uses, so search.js
    /// can binary search the parts). A name key is `=` and the distinct terms of a whole title or alias,
    /// sorted and space-separated ("=indirect onderscheid"): search.js looks up the query's terms, and
    /// subsets of them, to find pages whose name the query is or contains.
    let terms: [String]
    /// The postings of `terms[t]` are `postings[postingStarts[t]..<postingStarts[t + 1]]`, sorted by
    /// document id. One flat array rather than an array per term: millions of postings on a large site.
    let postings: [Posting]
    let postingStarts: [Int]
    /// Per term: true when it occurs in a title or alias (typo corrections prefer these).
    let nameTerms: [Bool]
    /// Per term: the form readers write most, when it differs from the term ("toeslagenaffaire").
    let displayForms: [String?]
    /// Per term: the documents that write it, not counting those that only have it as part of a compound.
    let documentCounts: [Int]

    /// The first character of a name key; never the start of a term (terms are letters and digits).
    static let nameKeyMark = "="
    /// The first character of a question key ("?actie": the page answers what to do; `QuestionFrames`).
    static let questionKeyMark = "?"

    /// False for name and question keys, which are not words of the vocabulary.
    static func isWord(_ term: String) -> Bool {
        !term.hasPrefix(nameKeyMark) && !term.hasPrefix(questionKeyMark)
    }

    /// `count` documents cut into consecutive ranges, four per core: each range is one task for
    /// `parallelMap`, and results come back in document order.
    static func chunks(of count: Int) -> [Range<Int>] {
        let chunkCount = min(max(ProcessInfo.processInfo.activeProcessorCount * 4, 1), max(count, 1))
        let size = (count + chunkCount - 1) / chunkCount
        return (0..<chunkCount).map { min($0 * size, count)..<min(($0 + 1) * size, count) }
    }

    /// True when `a` sorts before `b` by UTF-16 code units, as JavaScript compares strings.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
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
        let wordCount = allTerms.count
        var isName = [Bool](repeating: false, count: wordCount)
        var formCounts = [[String: Int]](repeating: [:], count: wordCount)
        for (chunk, chunkWeights) in weights.enumerated() {
            for (local, flag) in chunkWeights.nameTerms.enumerated() where flag { isName[globalIDs[chunk][local]] = true }
            for form in chunkWeights.forms { formCounts[globalIDs[chunk][Int(form.term)]][form.form, default: 0] += form.count }
        }
        let nameKeys = Self.nameKeys(of: documents, memo: memo)
        for key in nameKeys.keys { termIDs[key] = allTerms.count; allTerms.append(key) }

        var counts = [Int](repeating: 0, count: allTerms.count)
        for (chunk, chunkWeights) in weights.enumerated() {
            for pair in chunkWeights.pairs { counts[globalIDs[chunk][pair.id]] += 1 }
        }
        for (key, docs) in nameKeys { counts[termIDs[key]!] = docs.count }
        let bodyLengths = weights.flatMap(\.bodyLengths)
        let average = bodyLengths.isEmpty ? 0 : Double(bodyLengths.reduce(0, +)) / Double(bodyLengths.count)
        // The form readers write most; ties go to the shorter, then the first in code-unit order.
        let writtenForms = (0..<wordCount).map { id in
            formCounts[id].min { a, b in
                if a.value != b.value { return a.value > b.value }
                if a.key.count != b.key.count { return a.key.count < b.key.count }
                return SearchIndex.precedes(a.key, b.key)
            }?.key ?? allTerms[id]
        }
        // Compounds count as mentions of their parts (SearchIndex+Compounds.swift); counted before
        // that, the documents that write each word are what the entry tells search.js.
        let writtenCounts = counts
        let parts = Self.compoundParts(terms: allTerms, wordCount: wordCount, documentCounts: counts,
                                       writtenForms: writtenForms)
        let extra = PartPostings(weights: weights, globalIDs: globalIDs, parts: parts, termCount: allTerms.count,
                                 bodyLengths: bodyLengths, averageBodyLength: average)
        for term in extra.terms { counts[term] += 1 }

        // Lay the postings out term by term in sorted term order. Visiting documents in order keeps each
        // term's postings sorted by document without sorting them.
        let order = allTerms.indices.sorted { Self.precedes(allTerms[$0], allTerms[$1]) }
        var next = [Int](repeating: 0, count: allTerms.count)
        var starts = [0]
        starts.reserveCapacity(order.count + 1)
        for id in order {
            next[id] = starts.last!
            starts.append(starts.last! + counts[id])
        }
        // Own postings that a compound raises, found by document and term while writing.
        var raise: [Int: Int] = [:]
        for item in extra.raised { raise[item.document &* allTerms.count &+ item.term] = item.weight }
        // Every slot is written exactly once below (the counts add up to the number of pairs).
        let postings = [Posting](unsafeUninitializedCapacity: starts.last!) { postings, initialized in
            var document = 0
            for (chunk, chunkWeights) in weights.enumerated() {
                let global = globalIDs[chunk]
                var pair = 0
                for end in chunkWeights.ends {
                    while pair < end {
                        let id = global[chunkWeights.pairs[pair].id]
                        var weight = SearchFieldWeight.postingWeight(
                            packed: chunkWeights.pairs[pair].weight, bodyLength: bodyLengths[document],
                            averageBodyLength: average)
                        if !raise.isEmpty, let raised = raise[document &* allTerms.count &+ id] { weight = raised }
                        (postings.baseAddress! + next[id]).initialize(to: Posting(id: document, weight: weight))
                        next[id] += 1
                        pair += 1
                    }
                    for index in extra.range(of: document) {
                        let id = extra.terms[index]
                        (postings.baseAddress! + next[id]).initialize(to: Posting(id: document, weight: extra.weights[index]))
                        next[id] += 1
                    }
                    document += 1
                }
            }
            for (key, docs) in nameKeys {
                let id = termIDs[key]!
                for document in docs {
                    (postings.baseAddress! + next[id]).initialize(to: document)
                    next[id] += 1
                }
            }
            initialized = postings.count
        }
        terms = order.map { allTerms[$0] }
        self.postings = postings
        postingStarts = starts
        documentCounts = order.map { writtenCounts[$0] }
        nameTerms = order.map { $0 < wordCount && isName[$0] }
        displayForms = order.map { id in
            guard id < wordCount else { return nil }
            return writtenForms[id] == allTerms[id] ? nil : writtenForms[id]
        }
    }

    /// A title without a closing qualifier in parentheses: "Ras (juridisch)" is named "Ras" too.
    static func withoutQualifier(_ title: String) -> String {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex else { return "" }
        return String(title[..<open])
    }

    /// Name key -> the documents whose title or an alias has exactly those terms, in id order; and
    /// question key -> the documents that answer that kind of question. Each with its posting weight.
    private static func nameKeys(of documents: [SearchDocument], memo: SharedTermMemo) -> [String: [WeightedID]] {
        var keys: [String: [WeightedID]] = [:]
        let tokenizer = SearchTokenizer()
        for (id, document) in documents.enumerated() {
            var seen = Set<String>()
            for name in [document.title, Self.withoutQualifier(document.title)] + document.aliases {
                var terms: [String] = []
                tokenizer.forEachWord(in: name) { word in
                    if let term = memo.term(for: word) { terms.append(term) }
                }
                guard !terms.isEmpty else { continue }
                let key = nameKeyMark + Set(terms).sorted(by: precedes).joined(separator: " ")
                // 2 for a glossary term: a query that is a term's name brings its page before others so named.
                if seen.insert(key).inserted { keys[key, default: []].append(WeightedID(id: id, weight: document.kind == .term ? 2 : 1)) }
            }
            // The questions the page says it answers: weight 2 in its title or description (the page as a
            // whole), 1 in a heading only (one section).
            var frames: [String: Int] = [:]
            for text in [document.title, document.summary] {
                for frame in QuestionFrames.frames(in: text, tokenizer: tokenizer) { frames[frame] = 2 }
            }
            for heading in document.headings {
                for frame in QuestionFrames.frames(in: heading.text, tokenizer: tokenizer) where frames[frame] == nil {
                    frames[frame] = 1
                }
            }
            for (frame, weight) in frames.sorted(by: { $0.key < $1.key }) {
                keys[questionKeyMark + frame, default: []].append(WeightedID(id: id, weight: weight))
            }
        }
        return keys
    }
}
