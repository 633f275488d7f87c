@testable import SiteModel
import Testing

/// The index must give exactly the answer of measuring every candidate, only faster.
@Suite struct SuggestionIndexTests {
    /// Plain Levenshtein over every candidate: the reference the index is held to.
    static func reference(_ word: String, _ candidates: [String]) -> String? {
        let needle = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in Set(candidates).sorted() {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            var previous = Array(0...scalars.count)
            for i in 1...max(needle.count, 1) where !needle.isEmpty {
                var current = [i] + [Int](repeating: 0, count: scalars.count)
                for j in stride(from: 1, through: scalars.count, by: 1) {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (needle[i - 1] == scalars[j - 1] ? 0 : 1))
                }
                previous = current
            }
            let distance = needle.isEmpty ? scalars.count : previous[scalars.count]
            if Suggestion.isCloseEnough(distance: distance, word: needle.count, candidate: scalars.count),
               best == nil || distance < best!.1 {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    @Test func findsTheRenamedFolder() {
        let pages = (0..<5_000).map { "sectie-\($0 % 40)/pagina-\($0).md" } + ["begrippen-oud/racisme.md", "begrippen-oud/ras.md"]
        let index = SuggestionIndex(pages)
        #expect(index.closest(to: "begrippen/racisme.md") == "begrippen-oud/racisme.md")
        #expect(index.closest(to: "begrippen/ras.md") == "begrippen-oud/ras.md")
        #expect(index.closest(to: "iets-heel-anders/helemaal.md") == nil)
    }

    @Test func keepsTheOldRulesForSmallSets() {
        #expect(Suggestion.closest(to: "titel", in: ["title", "weight"]) == "title")
        #expect(Suggestion.closest(to: "ab", in: ["xy", "cd"]) == nil)
        #expect(Suggestion.closest(to: "DRAFT", in: ["draft"]) == "draft")
        // Equally close: the alphabetically first.
        #expect(Suggestion.closest(to: "sectie", in: ["sectio", "secties"]) == "secties")
    }

    /// Every word over a small alphabet, shortest first: enough near and far misses of each other.
    static let words: [String] = {
        var result = [""], layer = [""]
        for _ in 1...6 {
            layer = layer.flatMap { prefix in ["a", "b", "/", "é"].map { prefix + $0 } }
            result += layer
        }
        return result
    }()

    @Test(arguments: [5, 60])
    func agreesWithMeasuringEveryCandidate(spacing: Int) {
        // Every 5th word gives hundreds of candidates of similar length, every 60th a few dozen.
        let candidates = Self.words.enumerated().filter { $0.offset % spacing == 1 && $0.element.count <= 5 }.map(\.element)
        let index = SuggestionIndex(candidates)
        for probe in Self.words.enumerated().filter({ $0.offset % 97 == 3 }).map(\.element) {
            #expect(index.closest(to: probe) == Self.reference(probe, candidates), "\(probe)")
        }
    }

    @Test func agreesOnSimilarPathsThatTheCharacterSummaryCannotTellApart() {
        let sections = ["definities", "juridisch-kader", "valkuilen", "rol-van-de-gemeente", "begrippen", "toetsen"]
        let names = ["racisme", "discriminatie", "awgb", "etnisch-profileren", "microagressie", "melding", "omstander",
                     "ras", "onderscheid", "bevestigingsbias", "haatzaaien", "kleurenblindheid", "normalisering"]
        let candidates = sections.flatMap { section in names.enumerated().map { "\(section)/\($0.element)-\($0.offset * 7).md" } }
        let index = SuggestionIndex(candidates)
        let some = candidates.enumerated().filter { $0.offset % 5 == 0 }.map(\.element)
        var probes = some.map { $0.replacingOccurrences(of: "/", with: "-oud/") }
        probes += some.map { String($0.dropFirst(3)) } + ["begripen/racisme-0.md", "iets/heel/anders.md"]
        for probe in probes {
            #expect(index.closest(to: probe) == Self.reference(probe, candidates), "\(probe)")
        }
    }

    @Test func boundedDistanceIsExactWithinItsLimit() {
        let pairs = [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("flaw", "lawn", 2), ("same", "same", 0)]
        for (a, b, distance) in pairs {
            let (x, y) = (Array(a.unicodeScalars), Array(b.unicodeScalars))
            #expect(Suggestion.editDistance(x, y, atMost: distance) == distance)
            #expect(Suggestion.editDistance(x, y, atMost: 10) == distance)
            if distance > 0 { #expect(Suggestion.editDistance(x, y, atMost: distance - 1) == nil) }
        }
    }

    @Test func aFileSpendsItsBudgetOfLookUpsRememberedOrNot() {
        let index = SuggestionIndex(["begrippen/racisme.md", "begrippen/ras.md"])
        let budget = SuggestionBudget(lookUps: 2)
        #expect(index.closest(to: "begripen/racisme.md", budget: budget) == "begrippen/racisme.md")
        // The answer is remembered, and asking again still costs a look-up.
        #expect(index.closest(to: "begripen/racisme.md", budget: budget) == "begrippen/racisme.md")
        #expect(index.closest(to: "begripen/ras.md", budget: budget) == nil)
        #expect(index.closest(to: "begripen/ras.md", budget: SuggestionBudget()) == "begrippen/ras.md")
        #expect(index.closest(to: "begripen/ras.md") == "begrippen/ras.md")
    }
}
