/// Finds glossary names in text in one pass, whatever the number of names. Matches are
/// case-insensitive, whole words only (a letter with a diacritic is a letter, so 'één' and
/// 'gelijkwaardigheid' have no false boundaries), and leftmost-longest: 'institutioneel racisme'
/// wins over 'racisme'.
///
/// Because a match must start where a word starts, the matcher walks a trie of the lowercased
/// names from each word boundary instead of running an Aho-Corasick automaton over every
/// character: most walks end at the first character (one array load for ASCII), and the text is
/// read as UTF-8 in place, so a text without a term costs no allocation at all.
public struct TermMatcher: Sendable {
    /// Trie edges: (state, lowercased scalar) -> next state.
    private var transitions = TransitionTable()
    /// Edges out of the root for ASCII, by byte; 0 when there is none.
    private var rootASCII = [Int32](repeating: 0, count: 128)
    /// The state after two lowercased ASCII characters (7 bits each), or 0: most words are settled
    /// with this one load, and walks skip the two widest (and least cache-friendly) trie levels.
    private var asciiPairs = [Int32](repeating: 0, count: 128 * 128)
    /// Bit set of the first three letters (a-z, 26^3 combinations) of the names that start with
    /// three ASCII letters. A word starting with three such letters can only be a name that starts
    /// with the same three, so two thirds of the words of a page need no walk at all.
    private var trigrams = [UInt64](repeating: 0, count: 26 * 26 * 26 / 64 + 1)
    /// What a walk needs to know about each state, packed so one step reads one cache line.
    struct State: Sendable {
        /// The slug index of the name that ends here, or -1.
        var name: Int32 = -1
        /// For a state with exactly one edge (most states past the first letters): its target,
        /// so the walk compares `onlyScalar` instead of looking the edge up; -1 otherwise.
        var onlyNext: Int32 = -1
        var onlyScalar: UInt32 = 0
        /// For a state with several edges: where its 128 ASCII targets start in `dense` (0 = no
        /// edge); -1 for states with one edge or none.
        var denseStart: Int32 = -1
    }

    private var states: [State] = []
    /// Targets of the ASCII edges of branching states (after 'algemene ' in 'algemene toets', ...):
    /// walks pass them often, and an array load beats a hash probe.
    private var dense: [Int32] = []
    private var slugs: [String] = []

    /// Builds the trie from name -> slug pairs. When two names are the same, the first one wins.
    public init(names pairs: [(name: String, slug: String)]) {
        var slugIndex: [String: Int32] = [:]
        var names: [Int32] = [-1], onlyScalar: [UInt32] = [0], onlyNext: [Int32] = [-1], edgeCount: [Int32] = [0]
        var denseStart: [Int32] = [-1]
        for (name, slug) in pairs {
            let scalars = Self.normalise(name)
            guard !scalars.isEmpty else { continue }
            var state: Int32 = 0
            for scalar in scalars {
                if let next = transitions.next(state, scalar) {
                    state = next
                } else {
                    let next = Int32(names.count)
                    names.append(-1)
                    denseStart.append(-1)
                    onlyScalar.append(0)
                    onlyNext.append(-1)
                    edgeCount.append(0)
                    transitions.insert(state, scalar, next)
                    edgeCount[Int(state)] += 1
                    if edgeCount[Int(state)] == 1 {
                        onlyScalar[Int(state)] = scalar
                        onlyNext[Int(state)] = next
                    } else {
                        onlyNext[Int(state)] = -1
                    }
                    if state == 0 && scalar < 128 { rootASCII[Int(scalar)] = next }
                    state = next
                }
            }
            if scalars.count >= 3, let trigram = Self.trigram(scalars[0], scalars[1], scalars[2]) {
                trigrams[trigram >> 6] |= 1 << UInt64(trigram & 63)
            }
            guard names[Int(state)] < 0 else { continue }
            let id: Int32
            if let known = slugIndex[slug] { id = known } else {
                id = Int32(slugs.count)
                slugIndex[slug] = id
                slugs.append(slug)
            }
            names[Int(state)] = id
        }
        for state in 0..<names.count where edgeCount[state] > 1 {
            denseStart[state] = Int32(dense.count)
            dense += Array(repeating: 0, count: 128)
        }
        for state in 0..<names.count where denseStart[state] >= 0 {
            for scalar in 0..<UInt32(128) {
                if let next = transitions.next(Int32(state), scalar) { dense[Int(denseStart[state]) + Int(scalar)] = next }
            }
        }
        states = (0..<names.count).map {
            State(name: names[$0], onlyNext: onlyNext[$0], onlyScalar: onlyScalar[$0], denseStart: denseStart[$0])
        }
        for first in 0..<128 where rootASCII[first] != 0 {
            for second in 0..<128 {
                asciiPairs[first << 7 | second] = transitions.next(rootASCII[first], UInt32(second)) ?? 0
            }
        }
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
        if states.count <= 1 { return result }
        var position = 0
        var previousIsWord = false
        while position < utf8.count {
            let (scalar, length) = Self.decode(utf8, at: position)
            if !previousIsWord, let (end, slug) = longestName(in: utf8, from: position, first: scalar, length: length) {
                result.append(TermMatch(start: position, length: end - position, slug: slugs[Int(slug)]))
                var last = end - 1
                while last > position && utf8[last] & 0xC0 == 0x80 { last -= 1 }
                previousIsWord = Self.isWordScalar(Self.decode(utf8, at: last).0)
                position = end
                continue
            }
            previousIsWord = Self.isWordScalar(scalar)
            position += length
            // No name starts inside a word: the rest of an ASCII word is skipped byte by byte,
            // without decoding.
            if previousIsWord {
                while position < utf8.count, Self.isASCIIWordByte(utf8[position]) { position += 1 }
            }
        }
        return result
    }

    /// The longest name that starts at `start` and ends at a word boundary: its end offset and slug.
    @inline(__always)
    private func longestName(in utf8: UnsafeBufferPointer<UInt8>, from start: Int, first: Unicode.Scalar,
                             length: Int) -> (end: Int, slug: Int32)? {
        var state: Int32
        var position = start + length
        var best: (end: Int, slug: Int32)?
        if first.value < 128 {
            let lowered = Int(Self.lower(first))
            state = rootASCII[lowered]
            if state == 0 { return nil }
            if position < utf8.count, utf8[position] < 128 {
                if position + 1 < utf8.count, utf8[position + 1] < 128,
                   let trigram = Self.trigram(UInt32(lowered), Self.lower(Unicode.Scalar(utf8[position])),
                                              Self.lower(Unicode.Scalar(utf8[position + 1]))),
                   trigrams[trigram >> 6] & (1 << UInt64(trigram & 63)) == 0 {
                    return nil
                }
                let second = Unicode.Scalar(utf8[position])
                let name = states[Int(state)].name
                if name >= 0 && !Self.isWordScalar(second) { best = (position, name) }
                state = asciiPairs[lowered << 7 | Int(Self.lower(second))]
                if state == 0 { return best }
                position += 1
            }
        } else {
            guard let next = transitions.next(0, Self.lower(first)) else { return nil }
            state = next
        }
        while true {
            let info = states[Int(state)]
            let slug = info.name
            var following: (scalar: Unicode.Scalar, length: Int)?
            if position < utf8.count { following = Self.decode(utf8, at: position) }
            if slug >= 0, following.map({ !Self.isWordScalar($0.scalar) }) ?? true { best = (position, slug) }
            guard let (scalar, length) = following else { break }
            let lowered = Self.lower(scalar)
            if info.onlyNext >= 0 {
                guard info.onlyScalar == lowered else { break }
                state = info.onlyNext
            } else if info.denseStart < 0 {
                break
            } else if lowered < 128 {
                let next = dense[Int(info.denseStart) + Int(lowered)]
                guard next != 0 else { break }
                state = next
            } else {
                guard let next = transitions.next(state, lowered) else { break }
                state = next
            }
            position += length
        }
        return best
    }

    /// The index of three lowercase ASCII letters in `trigrams`, or nil when one is something else.
    @inline(__always)
    static func trigram(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> Int? {
        let a = UInt32(UInt8(ascii: "a")), z = UInt32(UInt8(ascii: "z"))
        guard (a...z).contains(first), (a...z).contains(second), (a...z).contains(third) else { return nil }
        return Int((first - a) * 676 + (second - a) * 26 + (third - a))
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
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : value
    }

    /// True for an ASCII letter, digit or underscore (what `isWordScalar` says for ASCII).
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 {
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57) || value == 95
        }
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
