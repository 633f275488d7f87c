/// Every term of the index in three aligned strings, for the entry of the index (docs/search.md).
///
/// search.js needs the whole term list before it loads any postings: to complete the word being typed,
/// to find the terms a misspelled word was meant to be, and to know which part holds a term. The list is
/// kept small: front coding, one character of facts per term, and written forms only where they differ.
struct SearchVocabulary {
    /// Terms in index order, each written as the length of the prefix it shares with the previous term
    /// (one digit of `SearchIndex.digits`, at most 63 UTF-16 code units) and the rest, then ",".
    let terms: String
    /// One digit per term: the bit length of the number of documents that write it (0–31; pages that have
    /// it only inside a compound do not count), plus 32 when the term occurs in a title or alias.
    let info: String
    /// Per term, then ",": empty when readers write the term as it is; otherwise how many UTF-16 code
    /// units to drop from its end (one digit) and what to add ("toeslagenaffair" -> "0e").
    let forms: String

    init(index: SearchIndex) {
        var terms = "", info = "", forms = ""
        var previous: [UInt16] = []
        for (id, term) in index.terms.enumerated() where SearchIndex.isWord(term) {
            let units = Array(term.utf16)
            let shared = min(Self.commonPrefix(previous, units), SearchIndex.digits.count - 1)
            terms.unicodeScalars.append(SearchIndex.digits[shared])
            terms += String(decoding: units[shared...], as: UTF16.self) + ","
            previous = units
            let bits = SearchIndex.bitLength(index.documentCounts[id])
            info.unicodeScalars.append(SearchIndex.digits[bits + (index.nameTerms[id] ? 32 : 0)])
            if let form = index.displayForms[id] {
                let written = Array(form.utf16)
                let kept = min(Self.commonPrefix(units, written), units.count)
                let drop = units.count - kept
                if drop < SearchIndex.digits.count {
                    forms.unicodeScalars.append(SearchIndex.digits[drop])
                    forms += String(decoding: written[kept...], as: UTF16.self)
                }
            }
            forms += ","
        }
        self.terms = terms
        self.info = info
        self.forms = forms
    }

    /// Length of the common prefix of `a` and `b` in UTF-16 code units, never ending inside a surrogate pair.
    static func commonPrefix(_ a: [UInt16], _ b: [UInt16]) -> Int {
        var n = 0
        while n < a.count && n < b.count && a[n] == b[n] { n += 1 }
        if n > 0 && UTF16.isLeadSurrogate(a[n - 1]) { n -= 1 }
        return n
    }
}
