/// Remembers the term of each folded word: a site has thousands of distinct words but millions of
/// occurrences, and stemming is the expensive part.
struct TermCache {
    let tokenizer: SearchTokenizer
    private var terms: [String: String?] = [:]

    init(tokenizer: SearchTokenizer) { self.tokenizer = tokenizer }

    mutating func terms(in text: String) -> [String] {
        var result: [String] = []
        tokenizer.forEachWord(in: text) { word in
            let term: String?
            if let known = terms[word] { term = known } else {
                term = tokenizer.term(for: word)
                terms[word] = term
            }
            if let term { result.append(term) }
        }
        return result
    }
}
