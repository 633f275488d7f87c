/// Turns groups of synonymous phrases into the terms search.js compares queries with.
public enum SearchSynonyms {
    /// Each group's phrases as terms (stop words left out, as in queries), without repeats; phrases
    /// with no searchable word are dropped, and so are groups left with fewer than two phrases. Sorted,
    /// so the index does not depend on the order pages were read in.
    public static func terms(of groups: [[String]], tokenizer: SearchTokenizer = SearchTokenizer()) -> [[[String]]] {
        var result: [[[String]]] = []
        var seen = Set<[[String]]>()
        for group in groups {
            var phrases: [[String]] = []
            for phrase in group {
                let terms = tokenizer.tokens(in: phrase)
                if !terms.isEmpty && !phrases.contains(terms) { phrases.append(terms) }
            }
            phrases.sort { $0.lexicographicallyPrecedes($1, by: SearchIndex.precedes) }
            if phrases.count >= 2 && seen.insert(phrases).inserted { result.append(phrases) }
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) { $0.lexicographicallyPrecedes($1, by: SearchIndex.precedes) } }
    }
}
