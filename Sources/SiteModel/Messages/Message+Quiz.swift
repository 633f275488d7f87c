/// Messages about quizzes (toetsen) (see `Message` for how to add one).
extension Message {
    public static func sectionMissing(_ section: String) -> Message {
        Message(.sectionMissing, [section], english: "section '\(section)' does not exist",
                dutch: "het onderdeel '\(section)' bestaat niet")
    }

    public static func sectionMissingHint(_ sections: String) -> Message {
        Message(.sectionMissingHint, [sections],
                english: "name the folder of a section: \(sections); or remove the line, and the quiz is listed under toetsen only",
                dutch: "schrijf de mapnaam van een onderdeel: \(sections); of haal de regel weg, dan staat de toets alleen bij de toetsen")
    }

    public static func sectionMissingNoSectionsHint() -> Message {
        Message(.sectionMissingNoSectionsHint,
                english: "the site has no sections yet: remove the 'section' line, and the quiz is listed under toetsen only",
                dutch: "de site heeft nog geen onderdelen: haal de regel 'section' weg, dan staat de toets alleen bij de toetsen")
    }

    public static func quizNoQuestions() -> Message {
        Message(.quizNoQuestions, english: "the quiz has no questions", dutch: "de toets heeft geen vragen")
    }

    public static func quizNoQuestionsHint() -> Message {
        Message(.quizNoQuestionsHint, english: "add 'questions:' with at least one question (see docs/handleiding.md)",
                dutch: "voeg 'questions:' toe met minstens één vraag (zie hoofdstuk 4 van de handleiding)")
    }

    public static func quizIDTwice(_ id: String) -> Message {
        Message(.quizIDTwice, [id], english: "question id '\(id)' is used twice in this quiz",
                dutch: "de id '\(id)' staat bij twee vragen van deze toets")
    }

    public static func quizIDTwiceHint(_ id: String, firstLine: Int) -> Message {
        Message(.quizIDTwiceHint, [id, String(firstLine)],
                english: "give every question its own id; the first '\(id)' is at line \(firstLine)",
                dutch: "geef elke vraag een eigen id; de eerste '\(id)' staat op regel \(firstLine)")
    }

    public static func quizIDCharacters(_ id: String) -> Message {
        Message(.quizIDCharacters, [id], english: "question id '\(id)' may only contain letters, digits and '-'",
                dutch: "de id '\(id)' mag alleen letters, cijfers en '-' bevatten")
    }

    public static func idExampleHint(_ example: String) -> Message {
        Message(.idExampleHint, [example], english: "for example 'id: \(example)'", dutch: "bijvoorbeeld 'id: \(example)'")
    }

    public static func answerNotOneParagraph() -> Message {
        Message(.answerNotOneParagraph, english: "an answer must be a single paragraph", dutch: "een antwoord moet één alinea zijn")
    }

    public static func answerNotOneParagraphHint() -> Message {
        Message(.answerNotOneParagraphHint, english: "write the answer on one line; put longer explanations in 'feedback'",
                dutch: "schrijf het antwoord op één regel; zet een langere uitleg bij 'feedback'")
    }

    public static func questionNoAnswers() -> Message {
        Message(.questionNoAnswers, english: "question has no answers", dutch: "de vraag heeft geen antwoorden")
    }

    public static func questionNoAnswersHint() -> Message {
        Message(.questionNoAnswersHint, english: "add 'answers:' with at least two answers",
                dutch: "voeg 'answers:' toe met minstens twee antwoorden")
    }

    public static func questionNoCorrect() -> Message {
        Message(.questionNoCorrect, english: "question has no correct answer", dutch: "de vraag heeft geen goed antwoord")
    }

    public static func questionNoCorrectHint() -> Message {
        Message(.questionNoCorrectHint, english: "mark the right answer with 'correct: true'",
                dutch: "zet bij het goede antwoord 'correct: true'")
    }

    public static func singleManyCorrect(_ count: Int) -> Message {
        Message(.singleManyCorrect, [String(count)], english: "a 'single' question has \(count) correct answers",
                dutch: "een vraag met 'type: single' heeft \(count) goede antwoorden")
    }

    public static func singleManyCorrectHint() -> Message {
        Message(.singleManyCorrectHint, english: "mark exactly one answer 'correct: true', or use 'type: multiple'",
                dutch: "zet bij precies één antwoord 'correct: true', of maak er 'type: multiple' van")
    }

    public static func trueFalseShape() -> Message {
        Message(.trueFalseShape,
                english: "a 'truefalse' question needs exactly two answers, 'Juist' and 'Onjuist', one of them correct",
                dutch: "een vraag met 'type: truefalse' heeft precies twee antwoorden, 'Juist' en 'Onjuist', en één ervan is goed")
    }

    public static func trueFalseShapeHint() -> Message {
        Message(.trueFalseShapeHint, english: "write the answers 'Juist' and 'Onjuist' and mark the right one 'correct: true'",
                dutch: "schrijf de antwoorden 'Juist' en 'Onjuist' en zet bij het goede 'correct: true'")
    }
}
