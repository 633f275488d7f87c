import Testing
@testable import Search

/// TermCache and the byte scanner under it replaced tokenising word by word into Strings; they must give
/// exactly the terms of `SearchTokenizer.tokens(in:)`, and that in turn those of the scalar-by-scalar
/// scanner it replaced (kept here as the reference).
struct TermCacheTests {
    /// The folded words of `text` as the tokenizer found them before it worked on bytes.
    static func referenceWords(in text: String) -> [String] {
        var result: [String] = []
        var word: [UInt8] = []
        var needsFolding = false
        func emit(_ folded: String.UnicodeScalarView) {
            if folded.count > 1 || (folded.count == 1 && SearchTokenizer.isDigit(folded.first!)) {
                result.append(String(folded))
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
                result.append(String(decoding: word, as: UTF8.self))
            }
            word.removeAll()
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
                word.append(contentsOf: UTF8.encode(scalar)!)
                needsFolding = true
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    static let long = String(repeating: "onderscheid", count: 30)  // longer than TermCache caches
    static let texts: [String] = [
        "", "a", "1", "Ab", "De vrouw en het kind van een buurman", "niet-westerse auto's, (LHBTI+) zo'n 'Indirect'",
        "Één CAFÉ geëmancipeerd naïef ĳs Ideeën coördinatoren", "in 2024 en 1.000 keer", "ﬁets ﬂ Straße ǅemal Ⅻ ²³ ١٢٣",
        "e\u{301}e\u{301}n combining\u{301} \u{301}start", "ΣΊΣΥΦΟΣ Ὀδυσσεύς русский 日本語テキスト", "emoji👩🏽‍💻tussen woorden",
        // Words of 8, 16 and 17+ bytes, and words that share their first 16 bytes, several times over (cache hits).
        "achtacht zestienzestienzes zestienzestienzesA zestienzestienzesB zestienzestienzesA zestienzestienzesB",
        "gelijkebehandelingscommissie gelijkebehandelingscommissies gelijkebehandelingscommissie",
        long + " kort " + long + "x " + long, "EINDE", "woord aan het einde",
        String(repeating: "Racisme racistisch Discriminatie discrimineren 42 ", count: 40),
    ]

    @Test(arguments: texts)
    func tokenizerMatchesTheScalarScanner(text: String) {
        var words: [String] = []
        SearchTokenizer().forEachWord(in: text) { words.append($0) }
        #expect(words == Self.referenceWords(in: text))
    }

    @Test func cacheGivesTheTokenizersTermsOnFirstAndLaterSight() {
        let tokenizer = SearchTokenizer()
        var cache = TermCache(memo: SharedTermMemo(tokenizer: tokenizer))
        for pass in 0..<2 {
            for text in Self.texts {
                var ids: [TermCache.TermID] = []
                cache.appendTerms(of: text, to: &ids)
                #expect(ids.map { cache.terms[Int($0)] } == tokenizer.tokens(in: text), "pass \(pass): \(text)")
            }
        }
        #expect(Set(cache.terms).count == cache.terms.count, "a term got two ids")
    }

    @Test func cacheKeepsWorkingAsItGrows() {
        // Thousands of distinct words make the table grow several times; each must keep its own term.
        let tokenizer = SearchTokenizer()
        var cache = TermCache(memo: SharedTermMemo(tokenizer: tokenizer))
        let words = (0..<20_000).map { "woord\(String($0, radix: 26))x" }
        let text = words.joined(separator: " ")
        for _ in 0..<2 {
            var ids: [TermCache.TermID] = []
            cache.appendTerms(of: text, to: &ids)
            #expect(ids.map { cache.terms[Int($0)] } == tokenizer.tokens(in: text))
        }
    }

    @Test func cacheTellsApartLongWordsWithTheSameHash() {
        // Same length, same first 16 bytes and the same 32-bit hash (found by a birthday search), so only
        // the comparison of the bytes after the first 16 keeps them apart.
        let (first, second) = ("gelijkebehandeliabpzugim", "gelijkebehandeliftybsgkm")
        func hash(_ word: String) -> UInt32 {
            let bytes = Array(word.utf8) + Array(repeating: 0, count: SearchTokenizer.wordPadding)
            return bytes.withUnsafeBytes { raw in
                let (word, count) = (raw.baseAddress!, word.utf8.count)
                return TermCache.hash(word, count: count, head0: TermCache.load(word, count: count),
                                      head1: TermCache.load(word + 8, count: count - 8))
            }
        }
        #expect(hash(first) == hash(second), "the hash changed: find a new colliding pair")
        let tokenizer = SearchTokenizer()
        var cache = TermCache(memo: SharedTermMemo(tokenizer: tokenizer))
        let text = [first, second, first, second].joined(separator: " ")
        var ids: [TermCache.TermID] = []
        cache.appendTerms(of: text, to: &ids)
        #expect(ids.map { cache.terms[Int($0)] } == tokenizer.tokens(in: text))
        #expect(Set(ids).count == 2)
    }
}
