import Foundation
import Testing
@testable import Search

/// Splitting compounds against a vocabulary. Data/compound-cases.tsv is checked here and, for stemmer.js,
/// in Tests/Browser/test_stemmer_js.py, so the index (Swift) and the query (JavaScript) split alike.
struct DutchCompoundsTests {
    /// A splitter over `words` (written forms, stemmed here), each written in `bits` of document count.
    static func splitter(_ words: [String: Int]) -> DutchCompounds {
        let tokenizer = SearchTokenizer()
        var bits: [String: Int] = [:]
        for (word, value) in words { if let term = tokenizer.term(for: word) { bits[term] = value } }
        let lookup = bits
        return DutchCompounds { lookup[$0] ?? 0 }
    }

    static let vocabulary = splitter([
        "moslim": 3, "haat": 3, "ras": 4, "jood": 2, "toeslagen": 4, "affaire": 2, "bestuur": 5, "taak": 5, "staak": 2,
        "grap": 3, "eer": 3, "lijk": 4, "werk": 5, "loos": 2, "dragen": 3, "discriminatie": 6, "melding": 4,
        "zeldzaam": 1, "woord": 3, "kind": 3, "opvang": 2, "toeslag": 4, "kinderopvang": 3,
    ])

    @Test func splitsACompoundIntoIndexedWords() {
        let split = Self.vocabulary
        #expect(split.parts(of: "moslimhaat") == ["moslim", "hat"])
        #expect(split.parts(of: "discriminatiemelding") == ["discriminatie", "melding"])
        #expect(split.parts(of: "toeslagenaffaire") == ["toeslag", "affair"])
        // Three parts when no two do: 'kinderopvang' is known, so two parts win over three.
        #expect(split.parts(of: "kinderopvangtoeslag") == ["kinderopvang", "toeslag"])
        #expect(split.parts(of: "moslimhaatwoord") == ["moslim", "hat", "woord"])
    }

    @Test func readsLinkingMorphemes() {
        let split = Self.vocabulary
        // -en- after a doubled consonant ('rassen' is 'ras'), and after a long vowel written single ('joden').
        #expect(split.parts(of: "rassenhaat") == ["ras", "hat"])
        #expect(split.parts(of: "jodenhaat") == ["jod", "hat"])
        // -s-: 'bestuur' + 's' + 'taak' rather than 'bestuur' + 'staak', because 'taak' is written more.
        #expect(split.parts(of: "bestuurstaak") == ["bestur", "tak"])
    }

    @Test func leavesDerivationsShortPartsAndRareWordsAlone() {
        let split = Self.vocabulary
        #expect(split.parts(of: "werkelijk") == nil)        // -lijk is a suffix, not a word here
        #expect(split.parts(of: "werkloos") == nil)         // -loos likewise
        #expect(split.parts(of: "verdragen") == nil)        // 'ver' is shorter than a first part may be
        #expect(split.parts(of: "moslimzeldzaam") == nil)   // a part written in one document is no evidence
        #expect(split.parts(of: "moslim") == nil)
        #expect(split.parts(of: "moslim2haat") == nil)      // digits: never split
        #expect(split.parts(of: "") == nil)
        // A pasted hash or a word of a hundred thousand letters is not tried (it would take minutes).
        #expect(split.parts(of: String(repeating: "moslimhaat", count: 10_000)) == nil)
        #expect(split.diminutiveBase(of: String(repeating: "grap", count: 25_000) + "je") == nil)
    }

    @Test func findsTheBaseOfADiminutive() {
        let split = Self.vocabulary
        #expect(split.diminutiveBase(of: "grapje") == "grap")
        #expect(split.diminutiveBase(of: "grapjes") == "grap")
        #expect(split.diminutiveBase(of: "meisje") == nil)
        // As the last part of a compound too.
        #expect(split.parts(of: "moslimgrapje") == ["moslim", "grap"])
    }

    @Test func splitsTheSharedCasesLikeStemmerJS() throws {
        var bits: [String: Int] = [:]
        for line in try DutchStemmerTests.lines("compound-vocabulary.tsv") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            bits[String(columns[0])] = Int(columns[1])!
        }
        #expect(bits.count > 2_000)
        let lookup = bits
        let split = DutchCompounds { lookup[$0] ?? 0 }
        var mismatches: [String] = []
        var splits = 0
        for line in try DutchStemmerTests.lines("compound-cases.tsv") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t").map(String.init)
            let parts = split.parts(of: columns[0]).map { $0.joined(separator: " ") } ?? "-"
            let base = split.diminutiveBase(of: columns[0]) ?? "-"
            if parts != "-" { splits += 1 }
            if parts != columns[1] || base != columns[2] { mismatches.append("\(columns[0]): \(parts) / \(base)") }
        }
        #expect(splits > 150)
        #expect(mismatches.isEmpty, "\(mismatches.count) differ from stemmer.js, first: \(mismatches.prefix(10))")
    }
}
