/// Why `kennisbank resultaten` leaves an answer file out: the JSON and CSV downloads and the mailed
/// text of a vragenlijst or quiz, checked against the page (see `Message` for how to add one).
/// `form` is `Phrase.answerForm(...)`: "vragenlijst 'x'" or "quiz 'x'" ('toets' in Dutch).
extension Message {
    /// The same message, saying that the file is not counted (every rejection ends so).
    public func leftOut() -> Message {
        Message(id, arguments, english: english + "; the file was left out", dutch: dutch + "; het bestand telt niet mee")
    }

    public static func answersTooLarge(kilobytes: Int, limit: Int) -> Message {
        Message(.answersTooLarge, [String(kilobytes), String(limit)],
                english: "the file is \(kilobytes) KB, larger than any export (at most \(limit) KB)",
                dutch: "het bestand is \(kilobytes) kB, groter dan een export ooit is (hoogstens \(limit) kB)")
    }

    public static func answersTooLargeHint() -> Message {
        Message(.answersTooLargeHint, english: "give kennisbank resultaten only the files participants downloaded or mailed",
                dutch: "geef kennisbank resultaten alleen de bestanden die deelnemers hebben gedownload of gemaild")
    }

    /// `fileExtension` without its dot; empty for a file without one.
    public static func answersWrongType(_ fileExtension: String) -> Message {
        if fileExtension.isEmpty {
            return Message(.answersWrongType, english: "a file without extension is not an export of the page",
                           dutch: "een bestand zonder extensie (zoals .csv) is geen export van de pagina")
        }
        return Message(.answersWrongType, [fileExtension], english: "a .\(fileExtension) file is not an export of the page",
                       dutch: "een .\(fileExtension)-bestand is geen export van de pagina")
    }

    public static func answersWrongTypeHint() -> Message {
        Message(.answersWrongTypeHint, english: "the page downloads .csv and .json files; save a mailed answer as .txt or .eml",
                dutch: "de pagina downloadt .csv- en .json-bestanden; sla een gemaild antwoord op als .txt of .eml")
    }

    /// `answers` are the question's answers, quoted and joined.
    public static func answersOfQuestionHint(_ number: Int, id: String, answers: String) -> Message {
        Message(.answersOfQuestionHint, [String(number), id, answers],
                english: "question \(number) ('\(id)') has the answers \(answers); the file is from another version of the page, or was edited",
                dutch: "vraag \(number) ('\(id)') heeft de antwoorden \(answers); het bestand hoort bij een andere versie van de pagina, of is veranderd")
    }

    public static func answersUnknownQuestionHint(_ form: Phrase) -> Message {
        Message(.answersUnknownQuestionHint, [form.english, form.dutch],
                english: "the file is from another vragenlijst or an older version of this one; give only the answers to \(form.english)",
                dutch: "het bestand hoort bij een andere vragenlijst of bij een oudere versie van deze; geef alleen de antwoorden op \(form.dutch)")
    }

    public static func answersNotUTF8() -> Message {
        Message(.answersNotUTF8, english: "the file is not UTF-8 text", dutch: "het bestand is geen UTF-8-tekst")
    }

    public static func answersAsDownloadedHint() -> Message {
        Message(.answersAsDownloadedHint, english: "give kennisbank resultaten the file as the page downloaded it",
                dutch: "geef kennisbank resultaten het bestand zoals de pagina het heeft gedownload")
    }

    /// `detail` says where the JSON stops being valid (`Message.jsonEndsEarly`, ...).
    public static func answersNotJSON(_ detail: Message) -> Message {
        Message(.answersNotJSON, detail.arguments, english: "the file is not valid JSON: \(detail.english)",
                dutch: "het bestand is geen geldige JSON: \(detail.dutch)")
    }

    public static func answersDownloadAgainHint() -> Message {
        Message(.answersDownloadAgainHint, english: "the file is cut short or was edited; ask the participant to download it again",
                dutch: "het bestand is ingekort of veranderd; vraag de deelnemer om het opnieuw te downloaden")
    }

    public static func answersNotAnObject(found: Phrase) -> Message {
        Message(.answersNotAnObject, [found.english, found.dutch], english: "the file is \(found.english), not an export of the page",
                dutch: "het bestand is \(found.dutch), geen export van de pagina")
    }

    public static func answersJSONShapeHint() -> Message {
        Message(.answersJSONShapeHint, english: "the page's JSON download is an object with 'vragenlijst' or 'toets'",
                dutch: "de JSON-download van de pagina is een object met 'vragenlijst' of 'toets'")
    }

    public static func answersOtherForm(_ other: Phrase, form: Phrase) -> Message {
        Message(.answersOtherForm, [other.english, form.english, other.dutch, form.dutch],
                english: "these are the answers of \(other.english), not of \(form.english)",
                dutch: "dit zijn de antwoorden op \(other.dutch), niet op \(form.dutch)")
    }

    public static func answersOnlyOfFormHint(_ form: Phrase) -> Message {
        Message(.answersOnlyOfFormHint, [form.english, form.dutch], english: "give kennisbank resultaten only the answers of \(form.english)",
                dutch: "geef kennisbank resultaten alleen de antwoorden op \(form.dutch)")
    }

    public static func answersNoKey(_ key: String, form: Phrase) -> Message {
        Message(.answersNoKey, [key, form.english, form.dutch], english: "the file has no '\(key)', so it is not an export of \(form.english)",
                dutch: "in het bestand staat geen '\(key)', dus het is geen export van \(form.dutch)")
    }

    public static func answersJSONFilesHint() -> Message {
        Message(.answersJSONFilesHint, english: "give kennisbank resultaten the JSON files the page downloads",
                dutch: "geef kennisbank resultaten de JSON-bestanden die de pagina downloadt")
    }

    public static func answersKeyNotText(_ key: String, found: Phrase) -> Message {
        Message(.answersKeyNotText, [key, found.english, found.dutch], english: "'\(key)' must be a text, found \(found.english)",
                dutch: "'\(key)' moet een tekst zijn; er staat \(found.dutch)")
    }

    public static func answersEditedHint() -> Message {
        Message(.answersEditedHint, english: "the file was edited; use the file as the page downloaded it",
                dutch: "het bestand is veranderd; gebruik het bestand zoals de pagina het heeft gedownload")
    }

    public static func answersEditedOrCutHint() -> Message {
        Message(.answersEditedOrCutHint, english: "the file was edited or cut; use the file as the page downloaded it",
                dutch: "het bestand is veranderd of ingekort; gebruik het bestand zoals de pagina het heeft gedownload")
    }

    public static func answersThemesNotList() -> Message {
        Message(.answersThemesNotList, english: "'themas' must be a list of themes", dutch: "'themas' moet een lijst van thema's zijn")
    }

    public static func answersThemeNoID() -> Message {
        Message(.answersThemeNoID, english: "a theme without 'id'", dutch: "een thema zonder 'id'")
    }

    public static func answersUnknownTheme(_ theme: String, form: Phrase) -> Message {
        Message(.answersUnknownTheme, [theme, form.english, form.dutch], english: "theme '\(theme)' is not in \(form.english)",
                dutch: "thema '\(theme)' staat niet in \(form.dutch)")
    }

    public static func answersBadSubmissionID() -> Message {
        Message(.answersBadSubmissionID, english: "'inzending' is not a code the page makes (16 letters a-f and digits)",
                dutch: "'inzending' is geen code die de pagina maakt (16 tekens: de letters a-f en cijfers)")
    }

    public static func answersVersionNextToID() -> Message {
        Message(.answersVersionNextToID, english: "'versie' must be a whole number from 1 next to 'inzending'",
                dutch: "naast 'inzending' moet 'versie' staan, met een heel getal vanaf 1")
    }

    public static func answersVersionWithoutID() -> Message {
        Message(.answersVersionWithoutID, english: "'versie' without 'inzending'", dutch: "er staat 'versie' zonder 'inzending'")
    }

    public static func answersQuestionsNotList() -> Message {
        Message(.answersQuestionsNotList, english: "'vragen' must be a list of questions", dutch: "'vragen' moet een lijst van vragen zijn")
    }

    public static func answersQuestionNoID() -> Message {
        Message(.answersQuestionNoID, english: "a question without 'id'", dutch: "een vraag zonder 'id'")
    }

    public static func answersQuestionInOtherTheme(_ question: String, theme: String, found: String) -> Message {
        Message(.answersQuestionInOtherTheme, [question, theme, found],
                english: "question '\(question)' belongs to theme '\(theme)', not '\(found)'",
                dutch: "vraag '\(question)' hoort bij thema '\(theme)', niet bij '\(found)'")
    }

    public static func answersOtherVersionHint(_ form: Phrase) -> Message {
        Message(.answersOtherVersionHint, [form.english, form.dutch], english: "the file is from another version of \(form.english)",
                dutch: "het bestand hoort bij een andere versie van \(form.dutch)")
    }

    public static func answersUnknownQuestion(_ question: String, form: Phrase) -> Message {
        Message(.answersUnknownQuestion, [question, form.english, form.dutch], english: "question '\(question)' is not in \(form.english)",
                dutch: "vraag '\(question)' staat niet in \(form.dutch)")
    }

    public static func answersQuestionTwice(_ question: String) -> Message {
        Message(.answersQuestionTwice, [question], english: "question '\(question)' appears twice",
                dutch: "vraag '\(question)' staat er twee keer in")
    }

    /// `found` is what the file says: a quoted kind, or what the value is (`Phrase.text`).
    public static func answersWrongKind(_ question: String, kind: String, found: Phrase) -> Message {
        Message(.answersWrongKind, [question, kind, found.english, found.dutch],
                english: "question '\(question)' is a '\(kind)' question, the file says \(found.english)",
                dutch: "vraag '\(question)' is een vraag van de soort '\(kind)'; in het bestand staat \(found.dutch)")
    }

    public static func answersAnswerNotText(_ question: String, found: Phrase) -> Message {
        Message(.answersAnswerNotText, [question, found.english, found.dutch],
                english: "an answer to question '\(question)' is \(found.english), not a text",
                dutch: "een antwoord op vraag '\(question)' is \(found.dutch), geen tekst")
    }

    public static func answersNoSuchAnswer(_ question: String, answer: String) -> Message {
        Message(.answersNoSuchAnswer, [question, answer], english: "question '\(question)' has no answer '\(answer)'",
                dutch: "vraag '\(question)' heeft geen antwoord '\(answer)'")
    }

    public static func answersAnswerTwice(_ answer: String, question: String) -> Message {
        Message(.answersAnswerTwice, [answer, question], english: "the answer '\(answer)' to question '\(question)' appears twice",
                dutch: "het antwoord '\(answer)' op vraag '\(question)' staat er twee keer in")
    }

    public static func answersTooManyChosen(_ question: String, count: Int) -> Message {
        Message(.answersTooManyChosen, [question, String(count)], english: "question '\(question)' has one answer, the file gives \(count)",
                dutch: "vraag '\(question)' heeft één antwoord; in het bestand staan er \(count)")
    }

    /// `wanted` is `Phrase.textOrNull` or `Phrase.listOfTexts`.
    public static func answersWrongShape(_ question: String, wanted: Phrase, found: Phrase) -> Message {
        Message(.answersWrongShape, [question, wanted.english, found.english, wanted.dutch, found.dutch],
                english: "the answer to question '\(question)' must be \(wanted.english), found \(found.english)",
                dutch: "het antwoord op vraag '\(question)' moet \(wanted.dutch) zijn; er staat \(found.dutch)")
    }
}

extension Phrase {
    /// What `kennisbank resultaten` calls a form: "vragenlijst 'x'", or "quiz 'x'" ("toets 'x'").
    public static func answerForm(quiz: Bool, _ name: String) -> Phrase {
        quiz ? Phrase(english: "quiz '\(name)'", dutch: "toets '\(name)'") : Phrase(english: "vragenlijst '\(name)'", dutch: "vragenlijst '\(name)'")
    }
    /// An answer that is a text or no answer.
    public static let textOrNull = Phrase(english: "a text or null", dutch: "een tekst of null")
    /// An answer that is a list of texts.
    public static let listOfTexts = Phrase(english: "a list of texts", dutch: "een lijst van teksten")
}
