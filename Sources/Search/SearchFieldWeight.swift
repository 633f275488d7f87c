import Foundation

// The field model (BM25F, docs/search.md "Ranking"): a term's weight in a document is the weighted sum of
// its frequencies in the fields, with only the body normalised for length (titles, names and headings are
// short by nature). search.js saturates that sum with k1 and multiplies by idf; it never sees the fields,
// so changing the numbers below needs no change in JavaScript.
//
// The weights are in half body occurrences, so that they are whole numbers and source titles can weigh
// less than one mention in the body. Their order is the point: title > term name or alias > heading >
// summary > body > source title.

/// How much one field contributes to the weight of a term in a document.
enum SearchFieldWeight {
    static let title = 20
    /// Glossary aliases: other names of a term, so nearly as strong as its title.
    static let alias = 16
    /// Per heading that contains the term, at most `headingCap` in total.
    static let heading = 8
    static let headingCap = 16
    /// The description, or a term's short definition.
    static let summary = 6
    /// One mention in the body, before length normalisation.
    static let body = 2
    /// The titles of the page's sources ('Bronnen'): a hint, never stronger than the page's own text.
    static let source = 1
    /// Body occurrences counted per document; a little repetition helps, a long list of mentions does not.
    static let bodyCap = 15

    /// BM25's length normalisation of the body: 0 ignores length, 1 divides by it fully.
    static let bodyLengthNormalisation = 0.3
    /// The normalisation never gives a mention more than its weight: a page shorter than average is not
    /// rewarded for being short. With b = 0.75 and no such floor (issue #20), a short glossary entry that
    /// lists a word among others ('handicap' in Haatzaaien's list of grounds) outranked the pages that
    /// explain it; b and this floor were chosen on the relevance sets (docs/search.md, 'Relevance').
    static let shortestNormalisation = 1.0
    /// Posting weights are the weighted frequency (in body occurrences) times this, rounded.
    static let postingScale = 4.0

    /// Longest summary kept in the index; results show it, the full text stays on the page.
    static let summaryLength = 200

    /// The fixed fields' sum (at most 59, six bits) and the body count (four bits) in one raw weight.
    static func packed(fixed: Int, bodyCount: Int) -> Int { min(fixed, 63) << 4 | min(bodyCount, bodyCap) }

    /// The weight written in a posting: `postingScale` × (fixed / 2 + body count / B), where
    /// B = max(1, 1 − b + b × body length / average body length). At least 1, so that a posting always counts.
    static func postingWeight(packed: Int, bodyLength: Int, averageBodyLength: Double) -> Int {
        let fixed = Double(packed >> 4) * 0.5
        let count = Double(packed & 15) * Double(body) * 0.5
        let b = bodyLengthNormalisation
        let norm = averageBodyLength > 0 ? 1 - b + b * Double(bodyLength) / averageBodyLength : 1
        let weight = (fixed + count / max(norm, shortestNormalisation)) * postingScale
        return max(1, min(WeightedID.weightLimit - 1, Int(weight.rounded())))
    }
}
