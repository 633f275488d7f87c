/// Messages about vragenlijsten (see `Message` for how to add one).
extension Message {
    public static func questionnaireNoThemes() -> Message {
        Message(.questionnaireNoThemes, english: "the vragenlijst has no themes", dutch: "de vragenlijst heeft geen thema's")
    }

    public static func questionnaireNoThemesHint() -> Message {
        Message(.questionnaireNoThemesHint, english: "add 'themes:' with at least one theme and its questions (see docs/handleiding.md)",
                dutch: "voeg 'themes:' toe met minstens één thema en de vragen ervan (zie hoofdstuk 5 van de handleiding)")
    }

    public static func scaleUnused(_ name: String) -> Message {
        Message(.scaleUnused, [name], english: "scale '\(name)' is not used by any question",
                dutch: "de schaal '\(name)' wordt bij geen enkele vraag gebruikt")
    }

    public static func scaleUnusedHint(_ name: String) -> Message {
        Message(.scaleUnusedHint, [name], english: "use it with 'scale: \(name)' on a question, or remove it",
                dutch: "gebruik hem met 'scale: \(name)' bij een vraag, of haal hem weg")
    }

    public static func mailtoInvalid(found: Phrase) -> Message {
        Message(.mailtoInvalid, [found.english, found.dutch], english: "'mailto' must be one e-mail address or true, found \(found.english)",
                dutch: "'mailto' moet één e-mailadres zijn of true, maar hier staat \(found.dutch)")
    }

    public static func mailtoInvalidHint() -> Message {
        Message(.mailtoInvalidHint,
                english: "write 'mailto: evaluatie@example.org', or 'mailto: true' to let the reader fill in the address",
                dutch: "schrijf 'mailto: evaluatie@example.org', of 'mailto: true' als de deelnemer het adres zelf invult")
    }

    public static func idCharacters(_ kind: String, _ id: String) -> Message {
        Message(.idCharacters, [kind, id], english: "\(kind) id '\(id)' may only contain lowercase letters, digits and '-'",
                dutch: "de id '\(id)' mag alleen kleine letters, cijfers en '-' bevatten")
    }

    public static func idTwiceInQuestionnaire(_ kind: String, _ id: String) -> Message {
        Message(.idTwiceInQuestionnaire, [kind, id], english: "\(kind) id '\(id)' is used twice in this vragenlijst",
                dutch: "de id '\(id)' staat twee keer in deze vragenlijst")
    }

    public static func idTwiceInQuestionnaireHint(_ kind: String, _ id: String, firstLine: Int) -> Message {
        Message(.idTwiceInQuestionnaireHint, [kind, id, String(firstLine)],
                english: "give every \(kind) its own id; the first '\(id)' is at line \(firstLine)",
                dutch: "geef elk thema en elke vraag een eigen id; de eerste '\(id)' staat op regel \(firstLine)")
    }

    public static func themeNoQuestions() -> Message {
        Message(.themeNoQuestions, english: "theme has no questions", dutch: "het thema heeft geen vragen")
    }

    public static func themeNoQuestionsHint() -> Message {
        Message(.themeNoQuestionsHint, english: "add 'questions:' with at least one question",
                dutch: "voeg 'questions:' toe met minstens één vraag")
    }

    public static func scalesNotMapping(found: Phrase) -> Message {
        Message(.scalesNotMapping, [found.english, found.dutch], english: "'scales' must be a set of named scales, found \(found.english)",
                dutch: "onder 'scales' moeten schalen met een naam staan, maar hier staat \(found.dutch)")
    }

    public static func scalesNotMappingHint() -> Message {
        Message(.scalesNotMappingHint,
                english: "write a name on its own line ('  frequentie:') and its steps below it ('    - Nooit')",
                dutch: "zet een naam op een eigen regel ('  frequentie:') en de stappen eronder ('    - Nooit')")
    }

    public static func scaleTwice(_ name: String) -> Message {
        Message(.scaleTwice, [name], english: "scale '\(name)' is defined twice", dutch: "de schaal '\(name)' staat er twee keer")
    }

    public static func scaleTwiceHint() -> Message {
        Message(.scaleTwiceHint, english: "give every scale its own name", dutch: "geef elke schaal een eigen naam")
    }

    public static func scaleOneStep(_ name: String) -> Message {
        Message(.scaleOneStep, [name], english: "scale '\(name)' has only one step", dutch: "de schaal '\(name)' heeft maar één stap")
    }

    public static func scaleOneStepHint() -> Message {
        Message(.scaleOneStepHint, english: "a scale needs at least two steps, e.g. 'Nooit' and 'Altijd'",
                dutch: "een schaal heeft minstens twee stappen, bijvoorbeeld 'Nooit' en 'Altijd'")
    }

    public static func optionsNotList(_ what: Phrase, found: Phrase) -> Message {
        Message(.optionsNotList, [what.english, what.dutch, found.english, found.dutch],
                english: "\(what.english) must be a list, found \(found.english)",
                dutch: "\(what.dutch) moet een lijst met antwoorden zijn, maar hier staat \(found.dutch)")
    }

    public static func optionsEmpty(_ what: Phrase) -> Message {
        Message(.optionsEmpty, [what.english, what.dutch], english: "\(what.english) has no answers",
                dutch: "\(what.dutch) heeft geen antwoorden")
    }

    public static func optionsHint() -> Message {
        Message(.optionsHint, english: "write each answer on its own line starting with '  - '",
                dutch: "zet elk antwoord op een eigen regel die begint met '  - '")
    }

    public static func optionEmpty(_ number: Int, of what: Phrase) -> Message {
        Message(.optionEmpty, [String(number), what.english, what.dutch], english: "answer \(number) of \(what.english) is empty",
                dutch: "antwoord \(number) van \(what.dutch) is leeg")
    }

    public static func optionEmptyHint() -> Message {
        Message(.optionEmptyHint, english: "write the answer's text", dutch: "schrijf de tekst van het antwoord")
    }

    public static func pointsOutOfRange(_ points: Int) -> Message {
        Message(.pointsOutOfRange, [String(points)], english: "points \(points) are out of range",
                dutch: "\(points) punten kan niet: dat is te veel of te weinig")
    }

    public static func pointsOutOfRangeHint(lowest: Int, highest: Int) -> Message {
        Message(.pointsOutOfRangeHint, [String(lowest), String(highest)], english: "use whole numbers from \(lowest) to \(highest)",
                dutch: "gebruik hele getallen van \(lowest) tot en met \(highest)")
    }

    public static func optionWrongShape(_ what: Phrase, found: Phrase) -> Message {
        Message(.optionWrongShape, [what.english, what.dutch, found.english, found.dutch],
                english: "each answer of \(what.english) must be a text or 'label: ...', found \(found.english)",
                dutch: "elk antwoord van \(what.dutch) moet een tekst zijn of 'label: ...', maar hier staat \(found.dutch)")
    }

    public static func optionWrongShapeHint() -> Message {
        Message(.optionWrongShapeHint, english: "write '  - Soms', or '  - {label: Soms, points: 1}' when the answer gives points",
                dutch: "schrijf '  - Soms', of '  - {label: Soms, points: 1}' als het antwoord punten geeft")
    }

    public static func optionTwice(_ what: Phrase, label: String) -> Message {
        Message(.optionTwice, [what.english, what.dutch, label], english: "\(what.english) has the answer '\(label)' twice",
                dutch: "\(what.dutch) heeft het antwoord '\(label)' twee keer")
    }

    public static func optionTwiceHint(firstLine: Int) -> Message {
        Message(.optionTwiceHint, [String(firstLine)], english: "give every answer its own text; the first is at line \(firstLine)",
                dutch: "geef elk antwoord een eigen tekst; het eerste staat op regel \(firstLine)")
    }

    public static func optionNoPoints(_ label: String, of what: Phrase) -> Message {
        Message(.optionNoPoints, [label, what.english, what.dutch],
                english: "answer '\(label)' of \(what.english) has no points, but other answers do",
                dutch: "het antwoord '\(label)' van \(what.dutch) heeft geen punten, maar andere antwoorden wel")
    }

    public static func optionNoPointsHint() -> Message {
        Message(.optionNoPointsHint, english: "give every answer 'points: ...', or none",
                dutch: "geef alle antwoorden 'points: ...', of geen enkel antwoord")
    }

    public static func scaleMissing(_ name: String) -> Message {
        Message(.scaleMissing, [name], english: "scale '\(name)' does not exist", dutch: "de schaal '\(name)' bestaat niet")
    }

    public static func scaleMissingHint(_ scales: String) -> Message {
        Message(.scaleMissingHint, [scales], english: "use one of the scales: \(scales)", dutch: "gebruik een van de schalen: \(scales)")
    }

    public static func noScalesHint() -> Message {
        Message(.noScalesHint, english: "define the scale under 'scales:' at the top of the front matter",
                dutch: "zet de schaal onder 'scales:' bovenaan de front matter")
    }

    public static func scaleQuestionNeedsScale() -> Message {
        Message(.scaleQuestionNeedsScale, english: "a 'scale' question needs 'scale:'",
                dutch: "een vraag met 'type: scale' heeft 'scale:' nodig")
    }

    public static func scaleQuestionNeedsScaleHint() -> Message {
        Message(.scaleQuestionNeedsScaleHint, english: "name one of the scales under 'scales:', e.g. 'scale: frequentie'",
                dutch: "noem een van de schalen onder 'scales:', bijvoorbeeld 'scale: frequentie'")
    }

    public static func choiceNeedsOptions(_ type: String) -> Message {
        Message(.choiceNeedsOptions, [type], english: "a '\(type)' question needs 'options:'",
                dutch: "een vraag met 'type: \(type)' heeft 'options:' nodig")
    }

    public static func choiceNeedsOptionsHint() -> Message {
        Message(.choiceNeedsOptionsHint, english: "list the answers under 'options:', each on its own line starting with '  - '",
                dutch: "zet de antwoorden onder 'options:', elk op een eigen regel die begint met '  - '")
    }

    public static func choiceTooFewOptions(_ type: String) -> Message {
        Message(.choiceTooFewOptions, [type], english: "a '\(type)' question needs at least two options",
                dutch: "een vraag met 'type: \(type)' heeft minstens twee antwoorden nodig")
    }

    public static func choiceTooFewOptionsHint() -> Message {
        Message(.choiceTooFewOptionsHint, english: "add another option", dutch: "voeg nog een antwoord toe")
    }

    public static func misplacedKey(type: String, key: String) -> Message {
        let article = type == "open" ? "an" : "a"
        return Message(.misplacedKey, [type, key], english: "\(article) '\(type)' question has no '\(key)'",
                       dutch: "een vraag met 'type: \(type)' heeft geen '\(key)'")
    }

    public static func misplacedScaleHint() -> Message {
        Message(.misplacedScaleHint, english: "remove it; 'scale' is only for questions with 'type: scale'",
                dutch: "haal de regel weg; 'scale' hoort alleen bij vragen met 'type: scale'")
    }

    public static func misplacedOptionsHint() -> Message {
        Message(.misplacedOptionsHint, english: "remove it; 'options' is only for 'single' and 'multiple' questions",
                dutch: "haal de regel weg; 'options' hoort alleen bij vragen met 'type: single' of 'type: multiple'")
    }

    public static func optionOneParagraphHint() -> Message {
        Message(.optionOneParagraphHint, english: "write the answer on one line; put explanations in the question's 'help'",
                dutch: "schrijf het antwoord op één regel; zet een uitleg bij 'help' van de vraag")
    }
}
