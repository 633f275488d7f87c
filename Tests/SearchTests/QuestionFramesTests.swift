import Foundation
import Testing
@testable import Search

/// The questions a text asks (QuestionFrames); Data/question-frames.tsv is checked by stemmer.js too.
struct QuestionFramesTests {
    @Test func recognisesTheSharedCasesLikeStemmerJS() throws {
        let tokenizer = SearchTokenizer()
        let cases = try DutchStemmerTests.lines("question-frames.tsv").filter { !$0.hasPrefix("#") }
        #expect(cases.count >= 15)
        for line in cases {
            let columns = line.split(separator: "\t").map(String.init)
            var words: [String] = []
            tokenizer.forEachWord(in: columns[0]) { words.append($0) }
            let frames = QuestionFrames.frames(ofWords: words)
            #expect((frames.isEmpty ? "-" : frames.joined(separator: " ")) == columns[1], "\(columns[0])")
        }
    }

    @Test func readsEachSentenceOfAPageOnItsOwn() {
        let tokenizer = SearchTokenizer()
        // 'waar' and 'hulp' in different sentences make no question of whom to turn to.
        #expect(QuestionFrames.frames(in: "Waar gaat dit over? Hulp is er altijd.", tokenizer: tokenizer).isEmpty)
        #expect(QuestionFrames.frames(in: "Lees dit eerst. Waar kun je terecht?", tokenizer: tokenizer) == [QuestionFrames.contact])
    }

    @Test func givesPagesQuestionKeysWeighingTheirDescriptionAboveAHeading() throws {
        let index = SearchIndex(documents: [
            SearchDocument(url: "a/index.html", title: "Melden", summary: "Waar kun je terecht als je discriminatie ziet?",
                           body: "Tekst."),
            SearchDocument(url: "b/index.html", title: "Wet", headings: [SearchHeading(text: "Wie kan melden?", anchor: "w")],
                           body: "Tekst."),
            SearchDocument(url: "c/index.html", title: "Rol", summary: "Wat kun jij doen?", body: "Tekst."),
        ])
        func postings(_ key: String) -> [WeightedID] {
            guard let term = index.terms.firstIndex(of: key) else { return [] }
            return Array(index.postings[index.postingStarts[term]..<index.postingStarts[term + 1]])
        }
        #expect(postings("?contact") == [WeightedID(id: 0, weight: 2), WeightedID(id: 1, weight: 1)])
        #expect(postings("?actie") == [WeightedID(id: 2, weight: 2)])
        // Question keys are not words: the entry's vocabulary leaves them out.
        #expect(!SearchVocabulary(index: index).terms.contains("?"))
    }
}
