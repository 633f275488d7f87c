/// What `kennisbank resultaten` says about the answer files it is given (CSV and mailed text, the
/// files and folders themselves) and about the report it is asked to make (see `Message` for how
/// to add one). The checks of each answer against the page are in `Message+Answers.swift`.
extension Message {
    public static func csvNoByteOrderMark() -> Message {
        Message(.csvNoByteOrderMark, english: "the file does not start with a UTF-8 byte-order mark, which the page writes",
                dutch: "het bestand begint niet met het onzichtbare UTF-8-teken (byte-order mark) dat de pagina schrijft")
    }

    public static func csvChangedHint() -> Message {
        Message(.csvChangedHint,
                english: "use the file exactly as the page downloaded it; a file opened and saved again in a spreadsheet or editor is written differently",
                dutch: "gebruik het bestand precies zoals de pagina het heeft gedownload; een spreadsheet of editor schrijft een bestand anders als je het opnieuw opslaat")
    }

    public static func csvCutShortHint() -> Message {
        Message(.csvCutShortHint, english: "the file is cut short; download it again from the page",
                dutch: "het bestand is ingekort; download het opnieuw vanaf de pagina")
    }

    public static func csvQuoteNotClosed() -> Message {
        Message(.csvQuoteNotClosed, english: "a quoted cell is not closed before the end of the file",
                dutch: "een cel tussen aanhalingstekens wordt niet gesloten voor het einde van het bestand")
    }

    public static func csvQuotedCell() -> Message {
        Message(.csvQuotedCell, english: "a cell is quoted that the page writes without quotes",
                dutch: "een cel staat tussen aanhalingstekens, maar de pagina schrijft hem zonder")
    }

    public static func csvUnquotedSpace() -> Message {
        Message(.csvUnquotedSpace, english: "a cell starts or ends with white space but is not quoted, as the page would",
                dutch: "een cel begint of eindigt met een spatie, maar staat niet tussen aanhalingstekens zoals de pagina hem schrijft")
    }

    public static func csvAfterClosingQuote() -> Message {
        Message(.csvAfterClosingQuote, english: "a quoted cell goes on after its closing quote",
                dutch: "een cel gaat nog door na het aanhalingsteken dat hem sluit")
    }

    public static func csvQuoteInside() -> Message {
        Message(.csvQuoteInside, english: "a quote inside a cell that is not quoted",
                dutch: "een aanhalingsteken in een cel die niet tussen aanhalingstekens staat")
    }

    public static func csvNoLastLineEnd() -> Message {
        Message(.csvNoLastLineEnd, english: "the last line has no line end (CRLF)", dutch: "de laatste regel heeft geen regeleinde (CRLF)")
    }

    public static func csvEndsAfterSemicolon() -> Message {
        Message(.csvEndsAfterSemicolon, english: "the file ends after a ';'", dutch: "het bestand stopt na een ';'")
    }

    /// `end` is what the line ends with instead of CRLF: `CR` or `LF`.
    public static func csvLineEnd(_ end: String) -> Message {
        Message(.csvLineEnd, [end], english: "a line ends with \(end) alone; the page ends lines with CRLF",
                dutch: "een regel eindigt met alleen \(end); de pagina eindigt regels met CRLF")
    }

    public static func csvNoLines() -> Message {
        Message(.csvNoLines, english: "the file has no lines", dutch: "het bestand is leeg")
    }

    /// `kind` is what the file belongs to: `Phrase.answerKind(quiz:)`.
    public static func csvOtherKind(_ kind: Phrase, form: Phrase) -> Message {
        Message(.csvOtherKind, [kind.english, form.english, kind.dutch, form.dutch],
                english: "this is the answers file of a \(kind.english), not of \(form.english)",
                dutch: "dit is het antwoordbestand van een \(kind.dutch), niet van \(form.dutch)")
    }

    public static func csvHeader(_ header: String) -> Message {
        Message(.csvHeader, [header], english: "the first line is not the header the page writes ('\(header)')",
                dutch: "de eerste regel is niet de kopregel die de pagina schrijft ('\(header)')")
    }

    public static func csvFilesHint() -> Message {
        Message(.csvFilesHint, english: "give kennisbank resultaten the CSV files the page downloads, unchanged",
                dutch: "geef kennisbank resultaten de CSV-bestanden die de pagina downloadt, zonder ze te veranderen")
    }

    public static func csvCells(_ count: Int, expected: Int) -> Message {
        Message(.csvCells, [String(count), String(expected)], english: "a line has \(count) cells; the page writes \(expected)",
                dutch: "een regel heeft \(count) cellen; de pagina schrijft er \(expected)")
    }

    public static func csvSecondLine(_ kind: String) -> Message {
        Message(.csvSecondLine, [kind], english: "a second '\(kind)' line", dutch: "een tweede regel '\(kind)'")
    }

    public static func csvVersionNumber() -> Message {
        Message(.csvVersionNumber, english: "'versie' must be a whole number from 1", dutch: "'versie' moet een heel getal vanaf 1 zijn")
    }

    public static func csvThemeNoOutcome(_ theme: String, form: Phrase) -> Message {
        Message(.csvThemeNoOutcome, [theme, form.english, form.dutch], english: "theme '\(theme)' of \(form.english) has no outcome",
                dutch: "thema '\(theme)' van \(form.dutch) heeft geen uitkomst")
    }

    public static func csvVersionWithoutID() -> Message {
        Message(.csvVersionWithoutID, english: "a 'versie' line without an 'inzending' line",
                dutch: "een regel 'versie' zonder regel 'inzending'")
    }

    public static func csvIDWithoutVersion() -> Message {
        Message(.csvIDWithoutVersion, english: "an 'inzending' line without a 'versie' line",
                dutch: "een regel 'inzending' zonder regel 'versie'")
    }

    public static func csvNoAnswers() -> Message {
        Message(.csvNoAnswers, english: "the file has no answer lines", dutch: "er staan geen antwoorden in het bestand")
    }

    public static func answersCutShortHint() -> Message {
        Message(.answersCutShortHint, english: "the file is cut short; ask the participant to download it again",
                dutch: "het bestand is ingekort; vraag de deelnemer om het opnieuw te downloaden")
    }

    public static func mailQuiz(_ form: Phrase) -> Message {
        Message(.mailQuiz, [form.english, form.dutch], english: "a quiz's answers are not mailed; this is no export of \(form.english)",
                dutch: "antwoorden op een toets worden niet gemaild; dit is geen export van \(form.dutch)")
    }

    public static func mailQuizHint() -> Message {
        Message(.mailQuizHint, english: "give kennisbank resultaten the CSV or JSON files the quiz page downloads",
                dutch: "geef kennisbank resultaten de CSV- of JSON-bestanden die de pagina van de toets downloadt")
    }

    public static func mailUndecodable() -> Message {
        Message(.mailUndecodable, english: "the message cannot be decoded (broken MIME parts, base64 or charset)",
                dutch: "de mail kan niet worden gelezen (kapotte MIME-delen, base64 of tekenset)")
    }

    public static func mailUndecodableHint() -> Message {
        Message(.mailUndecodableHint, english: "save the mail again from the mail program, or copy its text into a .txt file",
                dutch: "sla de mail opnieuw op vanuit het mailprogramma, of kopieer de tekst naar een .txt-bestand")
    }

    public static func mailNoTitle() -> Message {
        Message(.mailNoTitle, english: "no line 'Vragenlijst: ...', so this is not the text of a mailed answer",
                dutch: "er staat geen regel 'Vragenlijst: ...' in, dus dit is geen gemaild antwoord")
    }

    public static func mailNoTitleHint() -> Message {
        Message(.mailNoTitleHint, english: "give kennisbank resultaten the mail the page made, saved as .eml or its text as .txt",
                dutch: "geef kennisbank resultaten de mail die de pagina maakte: opgeslagen als .eml, of de tekst als .txt")
    }

    public static func mailOtherForm(_ title: String, form: String) -> Message {
        Message(.mailOtherForm, [title, form], english: "these are the answers of vragenlijst '\(title)', not of '\(form)'",
                dutch: "dit zijn de antwoorden op vragenlijst '\(title)', niet op '\(form)'")
    }

    public static func mailEditedHint() -> Message {
        Message(.mailEditedHint, english: "the mail was edited; use the text as the page wrote it",
                dutch: "de mail is veranderd; gebruik de tekst zoals de pagina hem schreef")
    }

    public static func mailIDLine() -> Message {
        Message(.mailIDLine, english: "the line 'Inzending: ...' is not as the page writes it ('Inzending: <code> (versie <n>)')",
                dutch: "de regel 'Inzending: ...' is anders dan de pagina hem schrijft ('Inzending: <code> (versie <n>)')")
    }

    public static func mailEndsBeforeTheme(_ theme: String) -> Message {
        Message(.mailEndsBeforeTheme, [theme], english: "the mail ends before theme '\(theme)'", dutch: "de mail stopt voor thema '\(theme)'")
    }

    public static func mailCutShortHint() -> Message {
        Message(.mailCutShortHint, english: "the text is cut short; ask the participant to mail it again or send the download",
                dutch: "de tekst is ingekort; vraag de deelnemer om de mail opnieuw te sturen, of de download")
    }

    public static func mailExpectedTheme(_ theme: String, found: String) -> Message {
        Message(.mailExpectedTheme, [theme, found], english: "expected the theme '\(theme)' here, found '\(found)'",
                dutch: "hier hoort thema '\(theme)', maar er staat '\(found)'")
    }

    public static func mailOtherVersionHint(_ form: Phrase) -> Message {
        Message(.mailOtherVersionHint, [form.english, form.dutch], english: "the mail is from another version of \(form.english), or was edited",
                dutch: "de mail hoort bij een andere versie van \(form.dutch), of is veranderd")
    }

    public static func mailEndsBeforeQuestion(_ number: Int) -> Message {
        Message(.mailEndsBeforeQuestion, [String(number)], english: "the mail ends before question \(number)",
                dutch: "de mail stopt voor vraag \(number)")
    }

    public static func mailExpectedQuestion(_ number: Int, marker: String, found: String) -> Message {
        Message(.mailExpectedQuestion, [String(number), marker, found],
                english: "expected question \(number) here ('\(marker)...'), found '\(found)'",
                dutch: "hier hoort vraag \(number) ('\(marker)...'), maar er staat '\(found)'")
    }

    public static func mailNoAnswerLine(_ number: Int) -> Message {
        Message(.mailNoAnswerLine, [String(number)], english: "question \(number) has no line 'Antwoord: ...' under it",
                dutch: "onder vraag \(number) staat geen regel 'Antwoord: ...'")
    }

    public static func mailNoSuchAnswer(_ number: Int, id: String, answer: String) -> Message {
        Message(.mailNoSuchAnswer, [String(number), id, answer], english: "question \(number) ('\(id)') has no answer '\(answer)'",
                dutch: "vraag \(number) ('\(id)') heeft geen antwoord '\(answer)'")
    }
}

extension Phrase {
    /// What an answers file belongs to: a vragenlijst or a quiz ('toets').
    public static func answerKind(quiz: Bool) -> Phrase {
        quiz ? Phrase(english: "quiz", dutch: "toets") : Phrase(english: "vragenlijst", dutch: "vragenlijst")
    }
}
