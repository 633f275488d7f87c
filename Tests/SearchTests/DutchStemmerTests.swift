import Foundation
import Testing
@testable import Search

/// Cross-checks DutchStemmer against the reference stems of snowballstemmer 3.1.1, algorithm
/// "dutch_porter" (the classic Snowball Dutch stemmer). Data/dutch-words.txt and Data/dutch-stems.txt are
/// aligned line by line and come from scripts/make-stem-data.py; the same files check stemmer.js in
/// Tests/Browser/test_stemmer_js.py, so Swift and JavaScript stem alike.
struct DutchStemmerTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")

    static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func stemsEveryReferenceWordLikeSnowball() throws {
        let words = try Self.lines("dutch-words.txt")
        let stems = try Self.lines("dutch-stems.txt")
        #expect(words.count == stems.count, "word and stem files must be aligned")
        #expect(words.count > 5_000)
        let stemmer = DutchStemmer()
        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(word)
            if actual != expected { mismatches.append("\(word): got \(actual), want \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(words.count) differ, first: \(mismatches.prefix(20))")
    }

    @Test(arguments: [
        ("discriminerende", "discriminer"), ("gelijkheden", "gelijk"), ("mogelijkheid", "mogelijk"),
        ("vooroordelen", "vooroordel"), ("behandeling", "behandel"), ("indirecte", "indirect"),
        ("ideeën", "ideeen"), ("mooie", "mooi"), ("gemenen", "gemen"), ("maan", "man"), ("1", "1"),
    ])
    func stemsKnownWords(word: String, stem: String) {
        #expect(DutchStemmer().stem(word) == stem)
    }

    @Test func leavesShortAndEmptyWordsAlone() {
        let stemmer = DutchStemmer()
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("ik") == "ik")
        #expect(stemmer.stem("y") == "y")
    }
}
