/// Finds glossary names in text in one pass, whatever the number of names. Matches are
/// case-insensitive, whole words only (a letter with a diacritic is a letter, so 'één' and
/// 'gelijkwaardigheid' have no false boundaries), and leftmost-longest: 'institutioneel racisme'
/// wins over 'racisme'.
///
/// A name is read as a sequence of tokens: whole words, and single characters between them
/// ('institutioneel', ' ', 'racisme'; 'art', '.', ' ', '1'). Because a match starts where a word
/// starts and ends where one ends, the text can be read the same way, a word at a time:
/// - word starts are found eight bytes at a time (`classify`), without a branch per character;
/// - each word is measured, lowercased and hashed from two loads of the text (`readWord`), and a
///   filter of the words names start with turns most of them away with one bit test;
/// - only from a word that starts a name is the trie over tokens walked, comparing whole words.
/// Walking a character trie instead cost a step per character of every word that merely starts
/// like a name, which in Dutch prose is most of them; this reads a 10,000-page corpus with 1,224
/// names in about half the time, with the same matches (`TermMatcherReferenceTests`).
public struct TermMatcher: Sendable {
    /// Every word that occurs in a name.
    private let words: WordTable
    /// Trie edges: (state, token) -> next state. A token is a word id, or a character that is not
    /// part of a word with `characterToken` set.
    private var edges = TransitionTable()
    private static let characterToken: UInt32 = 0x8000_0000
    /// Word id -> the state after a name's first word; 0 when no name starts with that word.
    private var firstWord: [Int32]
    /// A one-hash Bloom filter (`WordHash.filterBits`) of every word a name starts with: 2^16 bits,
    /// so with a thousand such words about one other word in 65 passes by mistake. Most words of a
    /// page start no name, and this settles them with one multiply and one bit test.
    private var firstWordFilter = [UInt64](repeating: 0, count: 1 << 10)
    /// False when a name starts with a character that is not part of a word ('(' in '(on)recht'):
    /// then every such character must be looked at. Otherwise the text can be read eight ASCII
    /// bytes at a time, looking only at where words start.
    private var wordsOnly = true

    struct State: Sendable {
        /// The slug index of the name that ends here, or -1.
        var name: Int32 = -1
        /// True when an edge leaves this state.
        var branches = false
    }
    private var states = [State()]
    /// Every slug a name refers to, in the order the names were given; `TermMatch.term` indexes it.
    public private(set) var slugs: [String] = []

    /// Builds the trie from name -> slug pairs. When two names are the same, the first one wins.
    public init(names pairs: [(name: String, slug: String)]) {
        let tokenised = pairs.map { Self.tokens(of: Self.normalise($0.name)) }
        words = WordTable(words: tokenised.flatMap { $0.compactMap(\.word) })
        firstWord = Array(repeating: 0, count: words.count)
        var slugIndex: [String: Int32] = [:]
        for ((_, slug), tokens) in zip(pairs, tokenised) where !tokens.isEmpty {
            var state: Int32 = 0
            for token in tokens {
                let key: UInt32
                switch token {
                case .word(let scalars): key = UInt32(words.id(of: scalars)!)
                case .character(let scalar): key = Self.characterToken | scalar
                }
                if let next = edges.next(state, key) {
                    state = next
                    continue
                }
                let next = Int32(states.count)
                states.append(State())
                edges.insert(state, key, next)
                states[Int(state)].branches = true
                if state == 0 {
                    switch token {
                    case .word(let scalars):
                        firstWord[Int(key)] = next
                        let hash = WordHash(scalars: scalars)
                        firstWordFilter[hash.filterBits >> 6] |= 1 << UInt64(hash.filterBits & 63)
                    case .character:
                        wordsOnly = false
                    }
                }
                state = next
            }
            guard states[Int(state)].name < 0 else { continue }
            let id: Int32
            if let known = slugIndex[slug] { id = known } else {
                id = Int32(slugs.count)
                slugIndex[slug] = id
                slugs.append(slug)
            }
            states[Int(state)].name = id
        }
    }

    /// A piece of a name: a whole word, or one character that is not part of a word.
    enum Token {
        case word([UInt32])
        case character(UInt32)

        var word: [UInt32]? {
            if case .word(let scalars) = self { return scalars }
            return nil
        }
    }

    /// A lowercased name as tokens.
    static func tokens(of scalars: [UInt32]) -> [Token] {
        var tokens: [Token] = []
        var word: [UInt32] = []
        for value in scalars {
            if isWordScalar(Unicode.Scalar(value) ?? "\u{FFFD}") {
                word.append(value)
            } else {
                if !word.isEmpty { tokens.append(.word(word)) }
                word = []
                tokens.append(.character(value))
            }
        }
        if !word.isEmpty { tokens.append(.word(word)) }
        return tokens
    }

    /// Every whole-word, non-overlapping, leftmost-longest match in `text`, in UTF-8 offsets.
    public func matches(in text: String) -> [TermMatch] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    /// The same over UTF-8 bytes the caller already has (valid UTF-8 is assumed; an invalid byte
    /// reads as U+FFFD).
    public func matches(in utf8: UnsafeBufferPointer<UInt8>) -> [TermMatch] {
        var result: [TermMatch] = []
        guard states.count > 1, utf8.baseAddress != nil else { return result }
        var position = 0
        // True right after a word: no word starts there, and no name that starts with a character.
        var previousIsWord = false
        scanning: while position < utf8.count {
            if wordsOnly {
                // Past the end the block reads zero bytes, which are not word bytes.
                let block = Self.load(utf8, at: position)
                if block & Self.highBits == 0 {
                    let word = Self.classify(block).word
                    var starts = word & ~(word << 8 | (previousIsWord ? 0x80 : 0))
                    while starts != 0 {
                        let start = position + starts.trailingZeroBitCount >> 3
                        starts &= starts &- 1
                        if let match = matchFromWord(in: utf8, at: start) {
                            result.append(termMatch(match, from: start))
                            position = match.end
                            previousIsWord = match.endsWithWord
                            continue scanning
                        }
                    }
                    previousIsWord = word >> 63 != 0
                    position += 8
                    continue
                }
            }
            // One character at a time, decoded: blocks with bytes beyond ASCII, and glossaries with
            // names that start with a character.
            let (scalar, length) = Self.decode(utf8, at: position)
            if scalar.value < 0x80 ? Self.isASCIIWordByte(UInt8(scalar.value)) : Self.isWordScalar(scalar) {
                if !previousIsWord, let match = matchFromWord(in: utf8, at: position) {
                    result.append(termMatch(match, from: position))
                    position = match.end
                    previousIsWord = match.endsWithWord
                } else {
                    position = Self.wordEnd(in: utf8, from: position + length)
                    previousIsWord = true
                }
                continue
            }
            if !previousIsWord, !wordsOnly, let start = edges.next(0, Self.characterToken | Self.lower(scalar)),
               let match = longestName(in: utf8, from: start, at: position + length, afterWord: false) {
                result.append(termMatch(match, from: position))
                position = match.end
                previousIsWord = match.endsWithWord
                continue
            }
            previousIsWord = false
            position += length
        }
        return result
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` as a little-endian integer, with zero bytes past the end.
    @inline(__always)
    static func load(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        let available = utf8.count - offset
        if available >= 8 {
            return UInt64(littleEndian: UnsafeRawPointer(utf8.baseAddress! + offset).loadUnaligned(as: UInt64.self))
        }
        var value: UInt64 = 0
        for index in 0..<max(available, 0) { value |= UInt64(utf8[offset + index]) << (index << 3) }
        return value
    }

    /// For eight bytes, the high bit of each byte that is an ASCII letter, digit or underscore
    /// (`isASCIIWordByte` for all eight at once, without a branch), and of each that is a letter.
    @inline(__always)
    static func classify(_ block: UInt64) -> (word: UInt64, letters: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // With the high bits cleared, adding at most 0x80 - 0x30 never carries into the next byte.
        let low = block & ~highBits
        let folded = low | 0x20 &* ones
        let letters = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x80 - 0x7B) &* ones)
        let digits = (low &+ (0x80 - 0x30) &* ones) & ~(low &+ (0x80 - 0x3A) &* ones)
        let notUnderscore = low ^ 0x5F &* ones
        let underscores = ~((notUnderscore &+ 0x7F &* ones) | notUnderscore)
        let ascii = ~block & highBits
        return ((letters | digits | underscores) & ascii, letters & ascii)
    }

    /// A name found in a text: where it ends, its slug index, and whether its last token is a word.
    typealias Found = (end: Int, term: Int32, endsWithWord: Bool)

    private func termMatch(_ found: Found, from start: Int) -> TermMatch {
        TermMatch(start: start, length: found.end - start, slug: slugs[Int(found.term)], term: Int(found.term))
    }

    /// The longest name that starts with the word at `start`.
    @inline(__always)
    private func matchFromWord(in utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> Found? {
        let word = Self.readWord(in: utf8, from: start)
        let bit = word.hash.filterBits
        guard firstWordFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
              let id = words.id(of: word, in: utf8, from: start) else { return nil }
        let state = firstWord[Int(id)]
        guard state != 0 else { return nil }
        return longestName(in: utf8, from: state, at: word.end, afterWord: true)
    }

    /// Walks the trie from `state`, which was reached by the text up to `position`, and returns the
    /// longest name that ends at a word boundary on the way.
    private func longestName(in utf8: UnsafeBufferPointer<UInt8>, from start: Int32, at startPosition: Int,
                             afterWord: Bool) -> Found? {
        var state = start, position = startPosition, lastIsWord = afterWord
        var best: Found?
        while true {
            let info = states[Int(state)]
            // After a word the boundary is certain; after a character, the text must not go on with a letter.
            if info.name >= 0, lastIsWord || !Self.startsWord(in: utf8, at: position) {
                best = (position, info.name, lastIsWord)
            }
            guard info.branches, position < utf8.count else { break }
            let token: UInt32, next: Int
            let (scalar, length) = Self.decode(utf8, at: position)
            if Self.isWordScalar(scalar) {
                let word = Self.readWord(in: utf8, from: position)
                guard let id = words.id(of: word, in: utf8, from: position) else { break }
                (token, next, lastIsWord) = (UInt32(id), word.end, true)
            } else {
                (token, next, lastIsWord) = (Self.characterToken | Self.lower(scalar), position + length, false)
            }
            guard let target = edges.next(state, token) else { break }
            state = target
            position = next
        }
        return best
    }

    /// Reads the word that starts at `start`. An ASCII word of up to 15 bytes followed by an ASCII
    /// character or the end of the text (nearly every word) is measured, lowercased and hashed
    /// from two loads of the text, with no loop and no branch per character.
    @inline(__always)
    static func readWord(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> TextWord {
        let first = load(utf8, at: start)
        let (firstWord, firstLetters) = classify(first)
        // Uppercase letters get their 0x20 bit: the letter flags sit in bit 7 of each byte.
        let firstEnds = ~firstWord & highBits
        if firstEnds != 0 {
            let length = firstEnds.trailingZeroBitCount >> 3
            // A byte beyond ASCII after the letters may be a letter too ('financië'): decode it.
            guard length > 0, (first >> (length << 3)) & 0x80 == 0 else { return readAnyWord(in: utf8, from: start) }
            let lowered = (first | firstLetters >> 2) & ((1 << (length << 3)) &- 1)
            return TextWord(end: start + length, hash: WordHash(chunk: lowered, length: length),
                            lowered: (lowered, 0), asciiLength: length)
        }
        let second = load(utf8, at: start + 8)
        let (secondWord, secondLetters) = classify(second)
        let secondEnds = ~secondWord & highBits
        guard secondEnds != 0 else { return readAnyWord(in: utf8, from: start) }
        let tail = secondEnds.trailingZeroBitCount >> 3
        guard (second >> (tail << 3)) & 0x80 == 0 else { return readAnyWord(in: utf8, from: start) }
        let lowered = (first | firstLetters >> 2, (second | secondLetters >> 2) & ((1 << (tail << 3)) &- 1))
        return TextWord(end: start + 8 + tail, hash: WordHash(first: lowered.0, second: lowered.1, length: 8 + tail),
                        lowered: lowered, asciiLength: 8 + tail)
    }

    /// Reads the word that starts at `start`, character by character.
    static func readAnyWord(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> TextWord {
        var hash = WordHash()
        var position = start
        while position < utf8.count {
            let byte = utf8[position]
            if byte < 0x80 {
                guard isASCIIWordByte(byte) else { break }
                hash.feed(byte | (byte &- 0x41 < 26 ? 0x20 : 0))
                position += 1
            } else {
                let (scalar, length) = decode(utf8, at: position)
                guard isWordScalar(scalar) else { break }
                hash.feed(scalar: lower(scalar))
                position += length
            }
        }
        return TextWord(end: position, hash: hash, lowered: (0, 0), asciiLength: -1)
    }

    /// Where the word that goes on at `position` ends.
    @inline(__always)
    static func wordEnd(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while position < utf8.count {
            let byte = utf8[position]
            if byte < 0x80 {
                guard isASCIIWordByte(byte) else { break }
                position += 1
            } else {
                let (scalar, length) = decode(utf8, at: position)
                guard isWordScalar(scalar) else { break }
                position += length
            }
        }
        return position
    }

    /// True when a word character is at `position`.
    @inline(__always)
    static func startsWord(in utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        position < utf8.count && isWordScalar(decode(utf8, at: position).0)
    }

    static func normalise(_ name: String) -> [UInt32] {
        Array(name.trimmingWhitespace().unicodeScalars).map { lower($0) }
    }

    /// The scalar at `offset` and its length in bytes.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, offset + length <= utf8.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for index in 1..<length {
            let byte = utf8[offset + index]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Lowercase of one scalar; ASCII takes the fast path.
    @inline(__always)
    static func lower(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 128 { return (value >= 65 && value <= 90) ? value + 32 : value }
        return lowerBeyondASCII(scalar)
    }

    // The paths beyond ASCII are kept out of line: `Unicode.Scalar.Properties` has no size known at
    // compile time, and a function that inlines them looks up its type metadata and reserves stack
    // for it on every call, which was a tenth of the matcher's time.
    @inline(never)
    private static func lowerBeyondASCII(_ scalar: Unicode.Scalar) -> UInt32 {
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : scalar.value
    }

    /// True for an ASCII letter, digit or underscore (what `isWordScalar` says for ASCII).
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    /// True for a letter, digit or combining mark, in any script.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return isASCIIWordByte(UInt8(value)) }
        return isWordScalarBeyondASCII(scalar)
    }

    @inline(never)
    private static func isWordScalarBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var result = Substring(self)
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
