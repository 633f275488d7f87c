/// How `TermMatcher` reads UTF-8 text: eight ASCII bytes at a time where it can, one scalar at a
/// time where it must, with the same idea of a word and of lowercase as the names were read with.
extension TermMatcher {
    /// The top bit of each of eight bytes.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

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
