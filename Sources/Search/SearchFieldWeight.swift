// search.js never sees fields, only the summed weight per term and document, so changing these numbers
// needs no change in JavaScript. A title hit (10) must outweigh the most a body can give (5).

/// How much one field contributes to the weight of a term in a document.
enum SearchFieldWeight {
    static let title = 10
    static let alias = 8
    /// Per heading that contains the term, at most `headingCap` in total.
    static let heading = 4
    static let headingCap = 8
    static let summary = 3
    /// One per occurrence in the body, at most `bodyCap`: repetition helps a little, length does not win.
    static let bodyCap = 5

    /// Longest summary kept in the index; results show it, the full text stays on the page.
    static let summaryLength = 200
}
