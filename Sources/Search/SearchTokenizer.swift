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
    func forEachWord(in text: String, _ body: (String) -> Void) {
        SearchTokenizer.withUTF8(of: text) { utf8 in
            SearchTokenizer.forEachRawWord(in: utf8) { raw, needsFolding in
                SearchTokenizer.forEachFoldedWord(ofRawWord: raw, needsFolding: needsFolding, body)
            }
        }
    }

    /// Calls `body` with the UTF-8 of `text`, without a copy when the string is stored contiguously.
    @inline(__always)
    static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with every raw word of the UTF-8 text `utf8`: a longest run of letters, numbers and
    /// combining diacritics, as UTF-8 with ASCII letters lowercased and everything else as written, and
    /// whether it holds non-ASCII (then `forEachFoldedWord` still has to fold it).
    ///
    /// Works on bytes and makes no String: the search index reads tens of megabytes of text, nearly all
    /// ASCII, and a String per word was a visible part of the build. Raw words are what `TermCache` keys on.
    /// The word's memory can be read up to `wordPadding` bytes past its end, so a word can be loaded
    /// eight bytes at a time.
    @inline(__always)
    static func forEachRawWord(
        in utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, _ needsFolding: Bool) -> Void
    ) {
        guard let text = utf8.baseAddress, !utf8.isEmpty else { return }
        let count = utf8.count
        // Words that are already lowercase ASCII are passed in place; the others are copied here, lowercased.
        // A word is never longer than the text, so a buffer of that size needs no checks while filling it.
        var copy: UnsafeMutablePointer<UInt8>?
        defer { copy?.deallocate() }
        func emit(_ start: Int, _ end: Int, _ hasUpper: Bool, _ needsFolding: Bool) {
            if !hasUpper && !needsFolding && end + wordPadding <= count {
                body(UnsafeBufferPointer(start: text + start, count: end - start), false)
                return
            }
            if copy == nil {
                copy = .allocate(capacity: count + wordPadding)
                copy!.initialize(repeating: 0, count: count + wordPadding)
            }
            let word = copy!
            for k in start..<end {
                let byte = text[k]
                // Kept raw beyond ASCII (not lowercased) so fold() sees the word exactly as the JavaScript
                // twin does.
                word[k - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            body(UnsafeBufferPointer(start: word, count: end - start), needsFolding)
        }
        asciiClasses.withUnsafeBufferPointer { classes in
            var i = 0
            while i < count {
                // Between words: skip what is not a letter or number.
                let byte = text[i]
                if byte < 0x80 {
                    if classes[Int(byte)] == 0 {
                        i += 1
                        continue
                    }
                } else {
                    let (scalar, length) = decodeScalar(at: i, in: text)
                    if !isWordScalar(scalar) && !(0x0300...0x036F).contains(scalar.value) {
                        i += length
                        continue
                    }
                }
                // In a word: one tight loop to its end, which is usually a space.
                let start = i
                var classesSeen: UInt8 = 0  // the classes of the word's ASCII bytes, or-ed together
                var needsFolding = false
                while i < count {
                    let byte = text[i]
                    if byte < 0x80 {
                        let byteClass = classes[Int(byte)]
                        if byteClass == 0 { break }
                        classesSeen |= byteClass
                        i += 1
                    } else {
                        let (scalar, length) = decodeScalar(at: i, in: text)
                        guard isWordScalar(scalar) || (0x0300...0x036F).contains(scalar.value) else { break }
                        needsFolding = true
                        i += length
                    }
                }
                emit(start, i, classesSeen & 2 != 0, needsFolding)
            }
        }
    }

    /// Per ASCII byte: 0 ends a word, 1 for a lowercase letter or digit, 2 for an uppercase letter.
    private static let asciiClasses: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x61...0x7A, 0x30...0x39: return 1
        case 0x41...0x5A: return 2
        default: return 0
        }
    }

    /// Readable bytes after the end of each word that `forEachRawWord` passes.
    static let wordPadding = 8

    /// The scalar whose UTF-8 starts with the non-ASCII byte at `i`, and its length in bytes. A String's
    /// UTF-8 is always valid, so the lead byte tells the length and the continuation bytes need no checks.
    @inline(__always)
    static func decodeScalar(at i: Int, in text: UnsafePointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = UInt32(text[i])
        let value: UInt32, count: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F)
            count = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F)
            count = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6
                | UInt32(text[i + 3] & 0x3F)
            count = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", count)
    }

    /// Calls `body` with the folded words of one raw word (see `forEachRawWord`): none for a single
    /// letter, usually one, more if folding gives characters that split it.
    ///
    /// Equivalent to folding the whole text and then splitting it, as stemmer.js does, but folds only the
    /// words that contain non-ASCII: lowercasing and NFD of long ASCII texts dominated the build time.
    static func forEachFoldedWord(
        ofRawWord raw: UnsafeBufferPointer<UInt8>, needsFolding: Bool, _ body: (String) -> Void
    ) {
        guard !raw.isEmpty else { return }
        if needsFolding {
            var part = String.UnicodeScalarView()
            func emit() {
                if part.count > 1 || (part.count == 1 && isDigit(part.first!)) { body(String(part)) }
                part = .init()
            }
            for scalar in fold(String(decoding: raw, as: UTF8.self)).unicodeScalars {
                if isWordScalar(scalar) { part.append(scalar) } else { emit() }
            }
            emit()
        } else if raw.count > 1 || isDigit(Unicode.Scalar(raw[0])) {
            // Single letters are left-overs of "auto's", "zo'n" and initials; a single digit is a real term.
            body(String(decoding: raw, as: UTF8.self))
        }
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
