/// Messages about `summary:` of a vragenlijst question, the question a results report answers with
/// a count (see `Message` for how to add one).
extension Message {
    public static func summaryOnOpen() -> Message {
        Message(.summaryOnOpen, english: "an 'open' question cannot be a summary question",
                dutch: "een open vraag ('type: open') kan geen 'summary' hebben")
    }

    public static func summaryOnOpenHint() -> Message {
        Message(.summaryOnOpenHint, english: "put 'summary:' on a choice or scale question; open answers are listed in full in the report",
                dutch: "zet 'summary:' bij een keuzevraag of een schaalvraag; antwoorden op open vragen staan helemaal in het rapport")
    }

    public static func summaryEmpty() -> Message {
        Message(.summaryEmpty, english: "'summary' is empty", dutch: "'summary' is leeg")
    }

    public static func summaryEmptyHint() -> Message {
        Message(.summaryEmptyHint, english: "write the question the report answers, e.g. 'summary: \"Sluit de training aan?\"'",
                dutch: "schrijf de vraag waar het rapport antwoord op geeft, bijvoorbeeld 'summary: \"Sluit de training aan?\"'")
    }

    public static func summaryWrongShape(found: Phrase) -> Message {
        Message(.summaryWrongShape, [found.english, found.dutch],
                english: "'summary' must be a text or 'question: ...' with 'answers: [...]', found \(found.english)",
                dutch: "'summary' moet een tekst zijn, of 'question: ...' met 'answers: [...]'; er staat \(found.dutch)")
    }

    public static func summaryWrongShapeHint() -> Message {
        Message(.summaryWrongShapeHint,
                english: "write 'summary: \"Sluit de training aan?\"', or 'question:' and 'answers:' on the lines below it",
                dutch: "schrijf 'summary: \"Sluit de training aan?\"', of 'question:' en 'answers:' op de regels eronder")
    }

    public static func summaryAnswerTwice(_ answer: String) -> Message {
        Message(.summaryAnswerTwice, [answer], english: "the summary names the answer '\(answer)' twice",
                dutch: "het antwoord '\(answer)' staat twee keer in 'answers'")
    }

    public static func summaryUnknownAnswer(_ answer: String) -> Message {
        Message(.summaryUnknownAnswer, [answer], english: "the question has no answer '\(answer)'",
                dutch: "de vraag heeft geen antwoord '\(answer)'")
    }

    /// `answers` are the question's answers, quoted.
    public static func summaryAnswersHint(_ answers: String) -> Message {
        Message(.summaryAnswersHint, [answers], english: "use answers of this question exactly as written: \(answers)",
                dutch: "gebruik antwoorden van deze vraag, precies zoals ze er staan: \(answers)")
    }

    public static func summaryEveryAnswer() -> Message {
        Message(.summaryEveryAnswer, english: "the summary counts every answer as 'yes', so it says nothing",
                dutch: "de samenvatting telt elk antwoord als 'ja', dus zegt ze niets")
    }

    public static func summaryEveryAnswerHint() -> Message {
        Message(.summaryEveryAnswerHint, english: "name only the answers that mean 'yes', e.g. 'answers: [Ja]'",
                dutch: "noem alleen de antwoorden die 'ja' betekenen, bijvoorbeeld 'answers: [Ja]'")
    }
}

extension Phrase {
    /// `summary:` of a question, as the context of its keys.
    public static let summary = Phrase(english: "the summary", dutch: "'summary'")
}
