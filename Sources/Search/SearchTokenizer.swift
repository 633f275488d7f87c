import Foundation

// The tokenizer must agree exactly with `tokens()` in themes/default/assets/js/stemmer.js: the index is
// built here and queried there. Every rule below has a one-line JavaScript twin (named in the comments).

/// Splits Dutch text into search terms: lowercase, diacritics folded, stop words removed, stemmed.
public struct SearchTokenizer: Sendable {
    private let stemmer = DutchStemmer()

    /// Creates a tokenizer; it holds no state.
    public init() {}

    /// The search terms of `text`, in order, with repeats (digits-only words are kept but not stemmed).
    public func tokens(in text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { word in
            if let term = term(for: word) { result.append(term) }
        }
        return result
    }

    /// The index term for one folded word, or nil for a stop word.
    func term(for word: String) -> String? {
        if DutchStopWords.contains(word) { return nil }
        if word.unicodeScalars.allSatisfy(SearchTokenizer.isDigit) { return word }
        return stemmer.stem(word)
    }

    /// Calls `body` with every folded word of `text`, stop words included, before stemming.
    ///
    /// Equivalent to folding the whole text and then splitting it, as stemmer.js does, but folds only the
    /// words that contain non-ASCII: lowercasing and NFD of long ASCII texts dominated the build time.
    func forEachWord(in text: String, _ body: (String) -> Void) {
        var word: [UInt8] = [] // UTF-8 of the current word; ASCII letters already lowercased
        word.reserveCapacity(64)
        var needsFolding = false
        func emit(_ folded: String.UnicodeScalarView) {
            if folded.count > 1 || (folded.count == 1 && SearchTokenizer.isDigit(folded.first!)) {
                body(String(folded))
            }
        }
        func flush() {
            guard !word.isEmpty else { return }
            if needsFolding {
                var part = String.UnicodeScalarView()
                for scalar in SearchTokenizer.fold(String(decoding: word, as: UTF8.self)).unicodeScalars {
                    if SearchTokenizer.isWordScalar(scalar) { part.append(scalar) } else { emit(part); part = .init() }
                }
                emit(part)
            } else if word.count > 1 || SearchTokenizer.isDigit(Unicode.Scalar(word[0])) {
                // Single letters are left-overs of "auto's", "zo'n" and initials; a single digit is a real term.
                body(String(decoding: word, as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
            needsFolding = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x61...0x7A, 0x30...0x39: word.append(UInt8(v))
                case 0x41...0x5A: word.append(UInt8(v + 0x20))
                default: flush()
                }
            } else if SearchTokenizer.isWordScalar(scalar) || (0x0300...0x036F).contains(v) {
                // Kept raw (not lowercased) so fold() sees the word exactly as the JavaScript twin does.
                word.append(contentsOf: UTF8.encode(scalar)!)
                needsFolding = true
            } else {
                flush()
            }
        }
        flush()
    }

    /// Lowercases, then decomposes (NFD) and drops combining diacritics: "Één" -> "een", "geëerd" -> "geeerd".
    /// JS twin: `s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")`, plus the ligature map.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0133: out.append(contentsOf: "ij".unicodeScalars) // 'ĳ' has no decomposition
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Letters and numbers make words; JS twin: `/[\p{L}\p{N}]/u`.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
