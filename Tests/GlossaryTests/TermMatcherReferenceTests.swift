import Glossary
import SiteModel
import Testing

/// Compares `TermMatcher` with a plain reading of its rules on random glossaries and texts: the
/// matcher reads eight bytes at a time, hashes words and walks a token trie, and each of those
/// shortcuts must give exactly what trying every name at every word start gives.
@Suite struct TermMatcherReferenceTests {
    /// Words with capitals, diacritics, digits, underscores, a Kelvin sign (lowercase: ASCII 'k'),
    /// letters whose lowercase is two scalars, and words longer than 8 and 16 bytes.
    static let words = [
        "racisme", "Racisme", "RACISME", "institutioneel", "art", "1", "12", "gw", "één", "een", "Één",
        "financiële", "coördinator", "beïnvloedt", "ĳs", "IJs", "Oñate", "x", "X", "ab", "abc", "Abx",
        "under_score", "\u{212A}op", "kop", "İstanbul", "straße", "a1", "discriminatiegrond",
        "discriminatiegronden", "institutioneelracismeonderzoek", "abcdefgh", "abcdefghi", "abcdefghijklmnop",
        "abcdefghijklmnopq", "e\u{301}n", "zo", "de",
    ]
    static let separators = [" ", " ", " ", "  ", ".", ". ", ", ", "-", "\u{2019}", "\u{00A0}", "(", ")", "\u{2013}", "/", "'", "", "\n"]

    /// A deterministic generator, so a failure can be replayed.
    struct Generator {
        var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        mutating func next(_ bound: Int) -> Int { random.below(bound) }
        mutating func pick<T>(_ list: [T]) -> T { list[next(list.count)] }
    }

    static func randomName(_ random: inout Generator, allowCharacterStart: Bool) -> String {
        var name = ""
        if allowCharacterStart && random.next(6) == 0 { name += random.pick(["(", "-", "\u{2019}", "."]) }
        name += random.pick(words)
        for _ in 0..<random.next(3) {
            name += random.pick([" ", " ", "-", ". ", "'", "\u{00A0}"]) + random.pick(words)
        }
        if random.next(8) == 0 { name += random.pick([".", ")", "-"]) }
        return name
    }

    static func randomText(_ random: inout Generator, names: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<random.next(40) {
            switch random.next(10) {
            case 0: bytes += Array(random.pick(names).utf8)
            case 1: bytes += Array(random.pick(names).uppercased().utf8)
            case 2: bytes.append(random.pick([0xFF, 0xC3, 0x80, 0xE2]))  // invalid UTF-8
            default: bytes += Array(random.pick(words).utf8)
            }
            bytes += Array(random.pick(separators).utf8)
        }
        return bytes
    }

    @Test func agreesWithTryingEveryNameAtEveryWordStart() {
        var random = Generator(state: 20_261_123)
        var compared = 0, found = 0
        for round in 0..<400 {
            let names = (0..<(1 + random.next(12))).map { _ in Self.randomName(&random, allowCharacterStart: round % 3 == 0) }
            let pairs = names.enumerated().map { (name: $0.element, slug: "t\($0.offset % 7)") }
            let matcher = TermMatcher(names: pairs)
            let reference = ReferenceMatcher(names: pairs)
            for _ in 0..<25 {
                let text = Self.randomText(&random, names: names)
                let actual = text.withUnsafeBufferPointer { matcher.matches(in: $0) }
                    .map { ReferenceMatcher.Span(start: $0.start, length: $0.length, slug: $0.slug) }
                let expected = reference.matches(in: text)
                #expect(actual == expected, "names \(names), text \(String(decoding: text, as: UTF8.self).debugDescription)")
                if actual != expected { return }
                compared += 1
                found += expected.count
            }
        }
        // The texts are built from the names, so most of them contain matches.
        #expect(compared == 10_000)
        #expect(found > 20_000)
    }
}

/// The matching rules, read literally: at every position not preceded by a word character, the
/// longest name whose lowercase equals the lowercased text there and which is not followed by a
/// word character; then go on after it.
struct ReferenceMatcher {
    var names: [(scalars: [UInt32], slug: String)] = []

    init(names pairs: [(name: String, slug: String)]) {
        for (name, slug) in pairs {
            let scalars = name.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.map(Self.lower)
            if scalars.isEmpty || names.contains(where: { $0.scalars == scalars }) { continue }
            names.append((scalars, slug))
        }
    }

    static func lower(_ scalar: Unicode.Scalar) -> UInt32 {
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : scalar.value
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The text's scalars with their UTF-8 offsets; a byte that does not start a valid sequence is
    /// one U+FFFD.
    static func decode(_ bytes: [UInt8]) -> [(scalar: Unicode.Scalar, offset: Int)] {
        var result: [(Unicode.Scalar, Int)] = []
        var offset = 0
        while offset < bytes.count {
            var length = 1
            var scalar: Unicode.Scalar = "\u{FFFD}"
            for candidate in 1...4 where offset + candidate <= bytes.count {
                let slice = Array(bytes[offset..<(offset + candidate)])
                if let text = String(validating: slice, as: UTF8.self), text.unicodeScalars.count == 1 {
                    scalar = text.unicodeScalars.first!
                    length = candidate
                    break
                }
            }
            result.append((scalar, offset))
            offset += length
        }
        return result
    }

    /// A match: UTF-8 offset, length in bytes, slug.
    struct Span: Equatable {
        var start: Int
        var length: Int
        var slug: String
    }

    func matches(in bytes: [UInt8]) -> [Span] {
        let text = Self.decode(bytes)
        func offset(_ index: Int) -> Int { index < text.count ? text[index].offset : bytes.count }
        var result: [Span] = []
        var index = 0
        while index < text.count {
            if index == 0 || !Self.isWord(text[index - 1].scalar) {
                var best: (length: Int, slug: String)?
                for name in names where name.scalars.count > (best?.length ?? 0) && index + name.scalars.count <= text.count {
                    let end = index + name.scalars.count
                    guard (0..<name.scalars.count).allSatisfy({ Self.lower(text[index + $0].scalar) == name.scalars[$0] }),
                          end == text.count || !Self.isWord(text[end].scalar) else { continue }
                    best = (name.scalars.count, name.slug)
                }
                if let best {
                    result.append(Span(start: offset(index), length: offset(index + best.length) - offset(index), slug: best.slug))
                    index += best.length
                    continue
                }
            }
            index += 1
        }
        return result
    }
}
