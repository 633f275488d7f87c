// Readers ask questions ('wie kan ik bellen', 'wat moet ik doen als een collega ...'), and plain-language
// pages say which question they answer ('Waar kun je terecht als je discriminatie meemaakt?', a heading
// 'Wat kun je doen?'). The words that make such a question are mostly stop words, so the terms alone lose
// it. This recognises two kinds of question in the same way on both sides: here in titles, descriptions
// and headings, and in stemmer.js (`questionFrames`) in the reader's query. Twin rules: change both.
// Data/question-frames.tsv is checked by both. search.js: docs/search.md, 'Questions'.

/// The kinds of question a page can answer and a reader can ask.
enum QuestionFrames {
    /// 'Where can I go, whom can I call': a question word of place or person with a word of turning to someone.
    static let contact = "contact"
    /// 'What should I do, how do I react'.
    static let action = "actie"

    /// Words that turn a 'waar' or 'wie' question into a question of whom to turn to.
    static let contactWords: Set<String> = [
        "terecht", "terechtkunt", "terechtkomen", "melden", "meld", "meldt", "heen", "naartoe", "aankloppen", "bellen",
        "bel", "belt", "contact", "hulp", "helpen", "helpt", "help", "praten", "praat", "aangifte",
    ]
    /// Verbs that make a 'hoe' question a question of what to do.
    static let actionWords: Set<String> = [
        "reageer", "reageert", "reageren", "aanspreken", "spreek", "spreekt", "ingrijpen", "grijp", "grijpt", "handel",
        "handelen", "omgaan",
    ]

    /// The frames of one sentence, as folded words (stop words included, `SearchTokenizer.forEachWord`).
    static func frames(ofWords words: [String]) -> [String] {
        let set = Set(words)
        var found: [String] = []
        if set.contains("wat") && (set.contains("doen") || set.contains("doe")) || set.contains("hoe") && !set.isDisjoint(with: actionWords) {
            found.append(action)
        }
        if (set.contains("waar") || set.contains("wie")) && !set.isDisjoint(with: contactWords) {
            found.append(contact)
        }
        return found
    }

    /// The frames of a text, sentence by sentence ('.', '?', '!' and ':' end one).
    static func frames(in text: String, tokenizer: SearchTokenizer) -> Set<String> {
        var found = Set<String>()
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || sentenceEnds.contains(bytes[index]) {
                let sentence = UnsafeBufferPointer(rebasing: bytes[start..<index])
                start = index + 1
                // Only a sentence with a question word can have a frame: the others are not tokenised
                // (this ran for every title, summary and heading of a site, 2.5% of a large build).
                guard mayHaveQuestionWord(sentence) else { continue }
                var words: [String] = []
                tokenizer.forEachWord(in: String(decoding: sentence, as: UTF8.self)) { words.append($0) }
                found.formUnion(frames(ofWords: words))
            }
        }
        return found
    }

    private static let sentenceEnds: Set<UInt8> = Set(".?!:".utf8)

    /// False only when no word of the sentence can fold to 'wat', 'hoe', 'wie' or 'waar': it is ASCII
    /// and has none of them in any case. (Anything else, accents included, goes to the tokenizer.)
    static func mayHaveQuestionWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        func lower(_ index: Int) -> UInt8 { bytes[index] | 0x20 }
        for index in 0..<bytes.count {
            if bytes[index] >= 0x80 { return true }
            guard index + 2 < bytes.count else { continue }
            switch (lower(index), lower(index + 1), lower(index + 2)) {
            case (UInt8(ascii: "w"), UInt8(ascii: "a"), UInt8(ascii: "t")), (UInt8(ascii: "w"), UInt8(ascii: "a"), UInt8(ascii: "a")),
                 (UInt8(ascii: "w"), UInt8(ascii: "i"), UInt8(ascii: "e")), (UInt8(ascii: "h"), UInt8(ascii: "o"), UInt8(ascii: "e")):
                return true
            default: continue
            }
        }
        return false
    }
}
