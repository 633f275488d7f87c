// Dutch writes compounds as one word ('moslimhaat', 'toeslagenaffaire') where a reader may search for
// the parts, and the other way round. This splits a word into words the index already holds (a
// dictionary decompounder, as Lucene's, with the site's own vocabulary as the dictionary). The rules must
// agree exactly with `compoundParts`/`diminutiveBase` in themes/default/assets/js/stemmer.js: the index
// splits its vocabulary here and search.js splits the reader's words there. Data/compound-cases.tsv is
// checked by both. Rules and the false splits they were measured against: docs/search.md, 'Compounds'.

/// Splits folded Dutch words into the index terms of their parts.
///
/// `documents(term)` is the bit length of the number of documents that write the term (0 when the index
/// lacks it), the same number the index's entry gives search.js per term.
struct DutchCompounds: Sendable {
    /// How one part may join the next: directly, or with a linking morpheme ('rechts-', 'kleuren-').
    static let links = ["", "s", "e", "en"]
    /// Diminutive endings, longest first: 'grapjes' is 'grap' + 'jes', 'karretje' 'kar' + 'etje'.
    static let diminutives = ["etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je"]
    /// Terms that are never a part: derivational suffixes that are also words ('eerlijk' is not 'eer' +
    /// 'lijk', 'werkloos' not 'werk' + 'loos'), and the present participle's '-end(e)'.
    static let notParts: Set<String> = [
        "lijk", "rijk", "los", "bar", "schap", "schapp", "dom", "zam", "achtig", "matig", "heid", "heden", "ing", "end",
    ]
    /// Letters of a first part, without a linking ending; a last part's letters.
    static let minimumModifier = 4
    static let minimumHead = 4
    /// A part must be written in at least two documents (bit length 2): one stray word is no evidence.
    static let minimumDocumentBits = 2
    static let maximumParts = 3
    /// Longer words are not split: the longest Dutch compounds have about 50 letters, and trying every
    /// split point of a pasted hash or URL would cost time that grows with the square of its length.
    static let maximumLetters = 64

    let tokenizer: SearchTokenizer
    let documents: @Sendable (String) -> Int

    init(tokenizer: SearchTokenizer = SearchTokenizer(), documents: @escaping @Sendable (String) -> Int) {
        self.tokenizer = tokenizer
        self.documents = documents
    }

    /// The terms of the parts of a compound, two or three, or nil: 'moslimhaat' -> ['moslim', 'hat'].
    func parts(of word: String) -> [String]? {
        split(Array(word.unicodeScalars), maximumParts: Self.maximumParts)?.terms
    }

    /// The term of the word a diminutive is made from ('grapjes' -> 'grap'), or nil.
    func diminutiveBase(of word: String) -> String? {
        diminutiveBase(Array(word.unicodeScalars))
    }

    /// The best split found so far and how it compares (`Key`).
    private struct Split {
        var terms: [String]
        var key: Key
    }

    /// Fewer parts first, then the more frequent parts, then the longer last part, then no linking
    /// morpheme: 'bestuurstaak' is 'bestuur' + 's' + 'taak', because 'taak' is written more than 'staak'.
    private struct Key: Comparable {
        var parts: Int
        var bits: Int
        var rest: Int
        var link: Int

        static func < (a: Key, b: Key) -> Bool {
            (a.parts, -a.bits, -a.rest, a.link) < (b.parts, -b.bits, -b.rest, b.link)
        }
    }

    private func split(_ word: [Unicode.Scalar], maximumParts: Int) -> Split? {
        guard word.count >= Self.minimumModifier + Self.minimumHead, word.count <= Self.maximumLetters,
              word.allSatisfy(DutchCompounds.isLetter) else { return nil }
        var best: Split?
        var end = Self.minimumModifier
        while end <= word.count - Self.minimumHead {
            let modifier = Array(word[..<end])
            for link in Self.links {
                let linkScalars = Array(link.unicodeScalars)
                guard word[end...].starts(with: linkScalars),
                      let first = modifierTerm(modifier, link: linkScalars) else { continue }
                let rest = Array(word[(end + linkScalars.count)...])
                guard rest.count >= Self.minimumHead else { continue }
                let tail: [String]
                if let head = part(rest) {
                    tail = [head]
                } else if maximumParts > 2, let more = split(rest, maximumParts: maximumParts - 1) {
                    tail = more.terms
                } else {
                    continue
                }
                let terms = [first] + tail
                let key = Key(parts: terms.count, bits: terms.reduce(0) { $0 + documents($1) }, rest: rest.count,
                              link: linkScalars.count)
                if best.map({ key < $0.key }) ?? true { best = Split(terms: terms, key: key) }
            }
            end += 1
        }
        return best
    }

    /// A first part: long enough without the linking ending the stemmer would strip ('vols', 'euren'
    /// are too short), except a plural whose singular has a long vowel ('joden': 'jood' + 'en'); before
    /// '-en-' or '-e-' a doubled consonant may belong to the link ('rassen': 'ras').
    private func modifierTerm(_ modifier: [Unicode.Scalar], link: [Unicode.Scalar]) -> String? {
        if link.first == "e" && Self.endsDoubled(modifier), let term = known(Array(modifier.dropLast())) {
            return term
        }
        var bare = modifier
        if bare.count >= 2 && bare.suffix(2) == ["e", "n"] { bare.removeLast(2) }
        else if bare.last == "e" || bare.last == "s" { bare.removeLast() }
        if bare.count < Self.minimumModifier {
            let longVowelPlural = bare.count == Self.minimumModifier - 1 && modifier.suffix(2) == ["e", "n"]
                && !Self.isVowel(bare[0]) && Self.isVowel(bare[1]) && !Self.isVowel(bare[2])
            if !longVowelPlural { return nil }
        }
        return known(modifier)
    }

    /// A last part: a known word, or a diminutive of one.
    private func part(_ word: [Unicode.Scalar]) -> String? {
        known(word) ?? diminutiveBase(word)
    }

    private func diminutiveBase(_ word: [Unicode.Scalar]) -> String? {
        guard word.count <= Self.maximumLetters else { return nil }
        for ending in Self.diminutives {
            let suffix = Array(ending.unicodeScalars)
            guard word.count - suffix.count >= 3, word.suffix(suffix.count).elementsEqual(suffix) else { continue }
            var base = Array(word.dropLast(suffix.count))
            if suffix.first == "e" && Self.endsDoubled(base) { base.removeLast() }
            if let term = known(base) { return term }
        }
        return nil
    }

    /// The term of a word that may be a part: not a stop word, not a suffix, written in two documents.
    private func known(_ word: [Unicode.Scalar]) -> String? {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word)
        guard let term = tokenizer.term(for: String(view)), !Self.notParts.contains(term),
              documents(term) >= Self.minimumDocumentBits else { return nil }
        return term
    }

    private static func endsDoubled(_ word: [Unicode.Scalar]) -> Bool {
        word.count > 2 && word[word.count - 1] == word[word.count - 2] && !isVowel(word[word.count - 1])
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool { "aeiou".unicodeScalars.contains(scalar) }

    /// Letters only (JS twin: `/^\p{L}+$/u`): a word with digits is never split.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
