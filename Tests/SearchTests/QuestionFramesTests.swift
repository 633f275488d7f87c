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

    /// Sentences are only tokenised when they may hold a question word; the result is what
    /// tokenising every sentence gives, also with capitals and accents ('WÁT', 'Hóe').
    @Test func skipsOnlySentencesWithoutAQuestionWord() throws {
        let tokenizer = SearchTokenizer()
        func everySentence(_ text: String) -> Set<String> {
            var found = Set<String>()
            for sentence in text.split(whereSeparator: { ".?!:".contains($0) }) {
                var words: [String] = []
                tokenizer.forEachWord(in: String(sentence)) { words.append($0) }
                found.formUnion(QuestionFrames.frames(ofWords: words))
            }
            return found
        }
        var texts = try DutchStemmerTests.lines("question-frames.tsv").filter { !$0.hasPrefix("#") }
            .map { String($0.split(separator: "\t")[0]) }
        texts += ["WAT moet ik DOEN?", "Wát kun je doen: niets.", "Hóe reageer je?", "Bij wie kun je terecht!", "WAAR kan ik bellen",
                  "Het gebeurde. Wat doe je dan", "Geen vraag hier. Ook hier niet: klaar.", "wie", "wa", ""]
        for text in texts {
            #expect(QuestionFrames.frames(in: text, tokenizer: tokenizer) == everySentence(text), "\(text)")
        }
        #expect(QuestionFrames.frames(in: "Wát kun je doen?", tokenizer: tokenizer) == [QuestionFrames.action])
        let noWord = Array("Lees dit eerst; daarna het volgende.".utf8)
        #expect(!noWord.withUnsafeBufferPointer(QuestionFrames.mayHaveQuestionWord))
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
