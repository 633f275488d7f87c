@testable import Glossary
import Testing

/// The word table must never take a hash for the word: a text word whose hash equals a table
/// word's but whose letters differ is not that word. Random texts cannot reach this (64-bit
/// collisions do not happen by chance), so these tests hand the table forged hashes.
@Suite struct WordTableTests {
    let table = WordTable(words: [Array("abcdefghij".unicodeScalars.map(\.value)), Array("één".unicodeScalars.map(\.value)), [0x6B, 0x6F, 0x70]])

    /// Reads `text` as the matcher would, then optionally swaps in the hash of `forged`.
    func read(_ text: String, hashOf forged: String? = nil) -> (TextWord, [UInt8]) {
        let bytes = Array(text.utf8) + [0x20]
        var word = bytes.withUnsafeBufferPointer { TermMatcher.readWord(in: $0, from: 0) }
        if let forged {
            let forgedBytes = Array(forged.utf8) + [0x20]
            word.hash = forgedBytes.withUnsafeBufferPointer { TermMatcher.readWord(in: $0, from: 0) }.hash
        }
        return (word, bytes)
    }

    func id(_ word: TextWord, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBufferPointer { table.id(of: word, in: $0, from: 0) }
    }

    @Test func findsItsWordsWhateverTheirCase() {
        let (ascii, asciiBytes) = read("ABCDEFGHIJ")
        #expect(ascii.asciiLength == 10)
        #expect(id(ascii, asciiBytes) == 0)
        let (accented, accentedBytes) = read("Één")
        #expect(accented.asciiLength == -1)
        #expect(id(accented, accentedBytes) == 1)
        // The Kelvin sign lowercases to an ASCII 'k'.
        let (kelvin, kelvinBytes) = read("\u{212A}op")
        #expect(id(kelvin, kelvinBytes) == 2)
    }

    @Test func refusesAWordThatOnlySharesTheHash() {
        // Differs in the second chunk, in the first, in length, and beyond ASCII.
        for (text, forged) in [("abcdefghik", "abcdefghij"), ("xbcdefghij", "abcdefghij"), ("abcdefghi", "abcdefghij"),
                               ("eén", "één"), ("kon", "kop")] {
            let (word, bytes) = read(text, hashOf: forged)
            #expect(id(word, bytes) == nil, "\(text) taken for \(forged)")
        }
    }
}
