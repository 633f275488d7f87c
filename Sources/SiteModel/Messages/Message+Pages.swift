/// Messages about pages as a whole: addresses, sections, headings, review dates, sources and text
/// left from a template (see `Message` for how to add one).
extension Message {
    public static func sameAddress(_ route: String, first: String, second: String) -> Message {
        Message(.sameAddress, [route, first, second], english: "two pages have the same address \(route): \(first) and \(second)",
                dutch: "twee pagina's krijgen hetzelfde adres \(route): \(first) en \(second)")
    }

    public static func sameAddressHint() -> Message {
        Message(.sameAddressHint,
                english: "rename or move one of them; a folder's _index.md and a file with the folder's name share an address",
                dutch: "geef een van de twee een andere naam of zet hem in een andere map; de _index.md van een map en een bestand met de naam van die map krijgen hetzelfde adres")
    }

    public static func reservedAddress(_ route: String) -> Message {
        Message(.reservedAddress, [route], english: "the address \(route) is reserved for the site itself",
                dutch: "het adres \(route) is voor de site zelf")
    }

    public static func renameFileHint() -> Message {
        Message(.renameFileHint, english: "rename the file", dutch: "geef het bestand een andere naam")
    }

    public static func reservedForPrint(_ route: String, folder: String) -> Message {
        Message(.reservedForPrint, [route, folder], english: "the address \(route) is reserved for the print editions (\(folder))",
                dutch: "het adres \(route) is voor de afdrukversies (\(folder))")
    }

    public static func reservedForPrintHint(_ folder: String) -> Message {
        Message(.reservedForPrintHint, [folder], english: "rename or move the file out of content/\(folder)",
                dutch: "geef het bestand een andere naam of haal het uit content/\(folder)")
    }

    public static func folderWithoutIndex(_ folder: String) -> Message {
        Message(.folderWithoutIndex, [folder],
                english: "folder content/\(folder) has no _index.md, so its pages are not in the navigation",
                dutch: "de map content/\(folder) heeft geen _index.md, dus de pagina's erin staan niet in het menu")
    }

    public static func folderWithoutIndexHint(_ folder: String) -> Message {
        Message(.folderWithoutIndexHint, [folder], english: "add content/\(folder)/_index.md with a title",
                dutch: "maak content/\(folder)/_index.md met een titel: kennisbank new page \(folder)/_index.md")
    }

    public static func headingLevelOne() -> Message {
        Message(.headingLevelOne, english: "a heading with one '#' in the text: the title is already the page's main heading",
                dutch: "een kop met één '#' in de tekst: de titel is al de hoofdkop van de pagina")
    }

    public static func headingLevelOneHint() -> Message {
        Message(.headingLevelOneHint, english: "start headings in the text at '##'",
                dutch: "begin koppen in de tekst bij '##'")
    }

    public static func rawHTML() -> Message {
        Message(.rawHTML, english: "raw HTML is not passed through", dutch: "HTML-code wordt niet overgenomen")
    }

    public static func rawHTMLHint() -> Message {
        Message(.rawHTMLHint,
                english: "write it in Markdown instead, or set 'unsafe: true' in kennisbank.yml if the site really needs HTML",
                dutch: "schrijf het in Markdown; alleen als de site echt HTML nodig heeft, zet de beheerder 'unsafe: true' in kennisbank.yml")
    }

    public static func templateText() -> Message {
        Message(.templateText, english: "this is still the example text of 'kennisbank new'",
                dutch: "dit is nog de voorbeeldtekst van 'kennisbank new'")
    }

    public static func templateTextHint() -> Message {
        Message(.templateTextHint, english: "write your own text here; the page cannot be published with the example text",
                dutch: "schrijf hier je eigen tekst; met de voorbeeldtekst kan de pagina niet online")
    }

    public static func reviewMissing(_ scope: String) -> Message {
        Message(.reviewMissing, [scope], english: "this page has no 'reviewed' date, which pages in '\(scope)' need",
                dutch: "deze pagina heeft geen 'reviewed'-datum, en die is verplicht voor pagina's in '\(scope)'")
    }

    public static func reviewMissingHint(today: String) -> Message {
        Message(.reviewMissingHint, [today],
                english: "check the page against its sources and add a line 'reviewed: \(today)' (reviewRequiredIn in kennisbank.yml)",
                dutch: "leg de pagina naast de bronnen en voeg dan een regel 'reviewed: \(today)' toe (reviewRequiredIn in kennisbank.yml)")
    }

    public static func reviewInFuture(_ day: String) -> Message {
        Message(.reviewInFuture, [day], english: "the review date \(day) lies in the future",
                dutch: "de controledatum \(day) ligt in de toekomst")
    }

    public static func reviewInFutureHint(today: String) -> Message {
        Message(.reviewInFutureHint, [today], english: "write the day you actually checked the page, today at the latest (\(today))",
                dutch: "schrijf de dag waarop je de pagina echt hebt gecontroleerd, uiterlijk vandaag (\(today))")
    }

    public static func reviewOverdue(_ day: String, months: Int, due: String) -> Message {
        Message(.reviewOverdue, [day, String(months), due],
                english: "the content was last checked on \(day), more than \(months) \(months == 1 ? "month" : "months") ago (due \(due))",
                dutch: "de inhoud is voor het laatst gecontroleerd op \(day), meer dan \(months) \(months == 1 ? "maand" : "maanden") geleden (uiterlijk \(due))")
    }

    public static func reviewOverdueHint() -> Message {
        Message(.reviewOverdueHint,
                english: "check the page against its sources, correct what changed, and set 'reviewed:' to the day you checked it (reviewAfterMonths in kennisbank.yml)",
                dutch: "leg de pagina opnieuw naast de bronnen, verbeter wat veranderd is en zet 'reviewed:' op de dag van de controle (reviewAfterMonths in kennisbank.yml)")
    }

    public static func reviewedNotADate(found: Phrase) -> Message {
        Message(.reviewedNotADate, [found.english, found.dutch], english: "'reviewed' must be a date, found \(found.english)",
                dutch: "'reviewed' moet een datum zijn, maar hier staat \(found.dutch)")
    }

    public static func reviewedMalformed(_ text: String) -> Message {
        Message(.reviewedMalformed, [text], english: "'reviewed' must be a date written as YYYY-MM-DD, found '\(text)'",
                dutch: "'reviewed' moet een datum zijn in de vorm JJJJ-MM-DD, maar hier staat '\(text)'")
    }

    public static func reviewedImpossible(_ why: Message) -> Message {
        Message(.reviewedImpossible, why.arguments, english: "'reviewed' is not a real date: \(why.english)",
                dutch: "'reviewed' is geen echte datum: \(why.dutch)")
    }

    public static func reviewedHint() -> Message {
        Message(.reviewedHint,
                english: "write the day you checked the page against its sources as YYYY-MM-DD, e.g. 'reviewed: 2026-12-02'",
                dutch: "schrijf de dag waarop je de pagina naast de bronnen hebt gelegd als JJJJ-MM-DD, bijvoorbeeld 'reviewed: 2026-12-02'")
    }

    public static func noSuchMonth(_ month: Int) -> Message {
        Message(.noSuchMonth, [String(month)], english: "there is no month \(month)", dutch: "maand \(month) bestaat niet")
    }

    public static func noYearZero() -> Message {
        Message(.noYearZero, english: "there is no year 0", dutch: "jaar 0 bestaat niet")
    }

    public static func monthDays(month: Int, year: Int, days: Int) -> Message {
        Message(.monthDays, [String(month), String(year), String(days)], english: "month \(month) of \(year) has \(days) days",
                dutch: "maand \(month) van \(year) heeft \(days) dagen")
    }

    public static func sourceNoURL(_ number: Int) -> Message {
        Message(.sourceNoURL, [String(number)], english: "source \(number) has no 'url'", dutch: "bron \(number) heeft geen 'url'")
    }

    public static func sourceNoURLHint() -> Message {
        Message(.sourceNoURLHint,
                english: "add a line 'url: https://...' with the page of the source, or 'internal: true' for an internal document that is not public",
                dutch: "voeg een regel 'url: https://...' toe met het adres van de bron, of 'internal: true' voor een intern document dat niet openbaar is")
    }

    public static func internalSourceWithURL() -> Message {
        Message(.internalSourceWithURL, english: "an internal source has no web address",
                dutch: "een interne bron ('internal: true') heeft geen webadres")
    }

    public static func internalSourceWithURLHint() -> Message {
        Message(.internalSourceWithURLHint, english: "remove the 'url' line, or remove 'internal: true' if the document is public",
                dutch: "haal de regel 'url' weg, of haal 'internal: true' weg als het document openbaar is")
    }

    public static func sourceURLNotWeb(_ url: String) -> Message {
        Message(.sourceURLNotWeb, [url], english: "source URL '\(url)' is not a web address", dutch: "'\(url)' is geen webadres")
    }

    public static func sourceURLNotWebHint() -> Message {
        Message(.sourceURLNotWebHint, english: "write the full address, starting with https://",
                dutch: "schrijf het hele adres, met https:// aan het begin")
    }

    public static func avoidedSource(_ title: String, domain: String, reason: String?) -> Message {
        Message(.avoidedSource, [title, domain] + (reason.map { [$0] } ?? []),
                english: "source '\(title)' is on \(domain), a domain to avoid\(reason.map { ": \($0)" } ?? "")",
                dutch: "de bron '\(title)' staat op \(domain), een website die je niet als bron gebruikt\(reason.map { ": \($0)" } ?? "")")
    }

    public static func avoidedSourceHint() -> Message {
        Message(.avoidedSourceHint,
                english: "cite the primary source instead (the law on wetten.overheid.nl, the organisation's own publication); see sources.avoid in kennisbank.yml",
                dutch: "gebruik de officiële bron (de wet op wetten.overheid.nl, de publicatie van de organisatie zelf); zie sources.avoid in kennisbank.yml")
    }
}
