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
        for sentence in text.split(whereSeparator: { ".?!:".contains($0) }) {
            var words: [String] = []
            tokenizer.forEachWord(in: String(sentence)) { words.append($0) }
            found.formUnion(frames(ofWords: words))
        }
        return found
    }
}
