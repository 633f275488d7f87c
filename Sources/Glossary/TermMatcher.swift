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

    /// A name as the matcher stores it: trimmed, each scalar lowercased.
    static func normalise(_ name: String) -> [UInt32] {
        Array(name.trimmingWhitespace().unicodeScalars).map { lower($0) }
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
