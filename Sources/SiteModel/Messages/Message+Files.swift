import Foundation

/// Messages about files that cannot be read and Markdown beyond `InputLimits` (see `Message`
/// for how to add one).
extension Message {
    public static func fileTooLarge(_ size: Int, limit: Int) -> Message {
        Message(.fileTooLarge, [grouped(size), grouped(limit), dutchGrouped(size), dutchGrouped(limit)],
                english: "the file has \(grouped(size)) bytes; a file may have at most \(grouped(limit))",
                dutch: "het bestand is \(dutchGrouped(size)) bytes groot; een bestand mag hoogstens \(dutchGrouped(limit)) bytes zijn")
    }

    /// `1,000,000`, as the English messages write numbers.
    static func grouped(_ number: Int) -> String { InputLimits.grouped(number) }
    /// `1.000.000`, as Dutch writes them.
    static func dutchGrouped(_ number: Int) -> String { InputLimits.grouped(number).replacingOccurrences(of: ",", with: ".") }

    public static func fileTooLargeHint() -> Message {
        Message(.fileTooLargeHint,
                english: "split it into several pages; files that are not pages (PDF, images) go next to the pages, not inside them",
                dutch: "verdeel de tekst over meer pagina's; een pdf of afbeelding zet je als eigen bestand naast de pagina's, niet erin")
    }

    public static func fileHasNUL() -> Message {
        Message(.fileHasNUL, english: "the file holds a NUL byte, so it is not plain text (or it is saved as UTF-16)",
                dutch: "het bestand is geen gewone tekst: er staat een NUL-teken in (of het is opgeslagen als UTF-16)")
    }

    public static func fileNotUTF8() -> Message {
        Message(.fileNotUTF8, english: "the file is not valid UTF-8 text", dutch: "het bestand is geen geldige UTF-8-tekst")
    }

    public static func saveAsUTF8Hint() -> Message {
        Message(.saveAsUTF8Hint, english: "save the file as UTF-8 text in your editor",
                dutch: "sla het bestand in je editor op als UTF-8-tekst")
    }

    public static func fileUnreadable(_ reason: String) -> Message {
        Message(.fileUnreadable, [reason], english: "cannot read the file: \(reason)", dutch: "het bestand kan niet worden gelezen: \(reason)")
    }

    public static func noContent() -> Message {
        Message(.noContent, english: "no content found", dutch: "er is geen inhoud gevonden")
    }

    public static func noContentHint() -> Message {
        Message(.noContentHint, english: "create content/index.md, or point --root at the folder that holds content/",
                dutch: "maak content/index.md, of ga naar de map waar content/ in staat (of geef die map aan met --root)")
    }

    public static func markdownTooDeep(_ limit: Int) -> Message {
        Message(.markdownTooDeep, [String(limit)],
                english: "emphasis, links and lists are nested more than \(limit) levels deep here",
                dutch: "hier staan vet, schuin, links en lijsten meer dan \(limit) keer in elkaar")
    }

    public static func markdownTooDeepHint() -> Message {
        Message(.markdownTooDeepHint, english: "remove the extra '*', '_', '[' or '>' around this text",
                dutch: "haal de extra '*', '_', '[' of '>' rond deze tekst weg")
    }

    public static func markdownBlockNesting(_ limit: Int) -> Message {
        Message(.markdownBlockNesting, [String(limit)],
                english: "block quotes and lists are nested more than \(limit) levels deep here",
                dutch: "hier staan citaten en lijsten meer dan \(limit) keer in elkaar")
    }

    public static func markdownBlockNestingHint() -> Message {
        Message(.markdownBlockNestingHint,
                english: "use fewer levels of '>' and of lists inside list items",
                dutch: "gebruik minder '>' en minder lijsten in lijstitems")
    }

    public static func markdownOpenBrackets(_ limit: Int) -> Message {
        Message(.markdownOpenBrackets, [grouped(limit), dutchGrouped(limit)], english: "more than \(grouped(limit)) '[' are open at once in this paragraph",
                dutch: "in deze alinea staan meer dan \(dutchGrouped(limit)) keer '[' tegelijk open")
    }

    public static func markdownOpenBracketsHint() -> Message {
        Message(.markdownOpenBracketsHint, english: "close each '[' with ']', or write '\\[' for a bracket that does not start a link",
                dutch: "sluit elke '[' af met ']', of schrijf '\\[' voor een haakje dat geen link begint")
    }

    public static func markdownBracketWork() -> Message {
        Message(.markdownBracketWork, english: "too many '[' and ']' in one paragraph for the Markdown parser",
                dutch: "te veel '[' en ']' in één alinea")
    }

    public static func markdownBracketWorkHint() -> Message {
        Message(.markdownBracketWorkHint,
                english: "split the text into paragraphs with blank lines; the Markdown parser slows down with the square of the links per paragraph",
                dutch: "verdeel de tekst met lege regels over meer alinea's")
    }

    public static func markdownTableColumns(_ limit: Int) -> Message {
        Message(.markdownTableColumns, [String(limit)], english: "a table row has more than \(limit) cells",
                dutch: "een rij van de tabel heeft meer dan \(limit) cellen")
    }

    public static func markdownTableColumnsHint() -> Message {
        Message(.markdownTableColumnsHint, english: "split the table in two; write '\\|' for a '|' that is not a cell border",
                dutch: "verdeel de tabel in tweeën; schrijf '\\|' voor een '|' die geen rand van een cel is")
    }

    public static func markdownTableDense(cells: Int, bytes: Int) -> Message {
        Message(.markdownTableDense, [grouped(cells), grouped(bytes), dutchGrouped(cells), dutchGrouped(bytes)],
                english: "this table has \(grouped(cells)) cells in \(grouped(bytes)) bytes, more than half a cell per byte",
                dutch: "deze tabel heeft \(dutchGrouped(cells)) cellen in \(dutchGrouped(bytes)) bytes: veel lege cellen")
    }

    public static func markdownTableDenseHint() -> Message {
        Message(.markdownTableDenseHint,
                english: "rows with fewer cells than the header are filled with empty cells; fill the rows in or split the table",
                dutch: "rijen met minder cellen dan de kop worden aangevuld met lege cellen; vul de rijen aan of verdeel de tabel")
    }

    public static func markdownTableAfterParagraph() -> Message {
        Message(.markdownTableAfterParagraph, english: "a table header row follows a very long paragraph",
                dutch: "de kop van een tabel staat direct onder een heel lange alinea")
    }

    public static func markdownTableAfterParagraphHint() -> Message {
        Message(.markdownTableAfterParagraphHint, english: "put a blank line between the paragraph and the table's header row",
                dutch: "zet een lege regel tussen de alinea en de kop van de tabel")
    }

    public static func markdownReferenceCopies(total: Int, uses: Int) -> Message {
        Message(.markdownReferenceCopies, [grouped(total), grouped(uses), dutchGrouped(total), dutchGrouped(uses)],
                english: "link references would copy \(grouped(total)) bytes into this text (this one \(grouped(uses)) times)",
                dutch: "linkverwijzingen zouden \(dutchGrouped(total)) bytes in deze tekst kopiëren (deze \(dutchGrouped(uses)) keer)")
    }

    public static func markdownReferenceCopiesHint() -> Message {
        Message(.markdownReferenceCopiesHint,
                english: "every use of a link reference copies its address and title; use a shorter address or fewer uses",
                dutch: "elk gebruik van een linkverwijzing kopieert het adres en de titel; gebruik een korter adres of minder verwijzingen")
    }

    public static func markdownTooManyAt() -> Message {
        Message(.markdownTooManyAt, english: "too many '@' in one paragraph for the Markdown parser's e-mail links",
                dutch: "te veel '@' in één alinea")
    }

    public static func markdownTooManyAtHint() -> Message {
        Message(.markdownTooManyAtHint,
                english: "split the text into paragraphs with blank lines; each '@' makes the parser read to the end of its paragraph",
                dutch: "verdeel de tekst met lege regels over meer alinea's")
    }
}
