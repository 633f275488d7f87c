import Foundation
import SiteModel

// A page that writes 'moslimhaat' should be found by 'haat tegen moslims', and one that writes 'grapjes'
// by 'grap'. The index splits every term of its vocabulary with `DutchCompounds` and lets a compound
// count, at half its weight, as a mention of each part in the pages that do not use the part on its
// own. No new terms, and postings only where a page had none for the part: the index grows little
// (docs/search.md, 'Compounds'). search.js splits the reader's words with the same rules.

extension SearchIndex {
    /// Per term id: the term ids of its parts, empty for a word that is not split.
    ///
    /// A compound is split when its parts are written at least as often as the whole (the geometric
    /// mean of their document counts, Koehn & Knight 2003): that keeps words like 'bovendien' or
    /// 'ambtenaren' whole, whose 'parts' are rarer words that happen to fit. A diminutive always points
    /// to its base word.
    static func compoundParts(terms: [String], wordCount: Int, documentCounts: [Int], writtenForms: [String])
        -> [[Int]] {
        var ids: [String: Int] = [:]
        for id in 0..<wordCount { ids[terms[id]] = id }
        let lookup = ids
        let splitter = DutchCompounds { term in
            guard let id = lookup[term] else { return 0 }
            return SearchIndex.bitLength(documentCounts[id])
        }
        return chunks(of: wordCount).parallelMap { range -> [[Int]] in
            range.map { id -> [Int] in
                let word = SearchTokenizer.fold(writtenForms[id])
                var parts: [String]
                if let compound = splitter.parts(of: word) {
                    let whole = Double(documentCounts[id])
                    let product = compound.reduce(1.0) { $0 * Double(documentCounts[lookup[$1]!]) }
                    guard product >= pow(whole, Double(compound.count)) else { return [] }
                    parts = compound
                } else if let base = splitter.diminutiveBase(of: word) {
                    parts = [base]
                } else {
                    return []
                }
                parts.removeAll { $0 == terms[id] }
                var seen = Set<Int>()
                return parts.compactMap { lookup[$0] }.filter { seen.insert($0).inserted }
            }
        }.flatMap { $0 }
    }

    /// The bit length of a document count, at most 31: what the entry writes per term (`info`).
    static func bitLength(_ count: Int) -> Int { min(Int.bitWidth - count.leadingZeroBitCount, 31) }
}
