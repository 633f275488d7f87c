/// Messages about kennisbank.yml: review settings, avoided sources, synonyms and the edit link
/// (see `Message` for how to add one).
extension Message {
    public static func configUnreadable(_ reason: String) -> Message {
        Message(.configUnreadable, [reason], english: "cannot read the config file: \(reason)",
                dutch: "kennisbank.yml kan niet worden gelezen: \(reason)")
    }

    public static func reviewAfterMonthsRange(_ found: Int) -> Message {
        Message(.reviewAfterMonthsRange, [String(found)], english: "reviewAfterMonths must be between 1 and 1200, found \(found)",
                dutch: "reviewAfterMonths moet tussen 1 en 1200 liggen, maar hier staat \(found)")
    }

    public static func reviewAfterMonthsRangeHint() -> Message {
        Message(.reviewAfterMonthsRangeHint,
                english: "write the number of months a review stays current, e.g. 'reviewAfterMonths: 12'",
                dutch: "schrijf hoeveel maanden een controle geldig blijft, bijvoorbeeld 'reviewAfterMonths: 12'")
    }

    public static func reviewScopeInvalid(_ entry: String) -> Message {
        Message(.reviewScopeInvalid, [entry], english: "reviewRequiredIn entry '\(entry)' is not a path inside content/",
                dutch: "'\(entry)' onder reviewRequiredIn is geen pad binnen content/")
    }

    public static func reviewScopeInvalidHint() -> Message {
        Message(.reviewScopeInvalidHint,
                english: "write a folder or file relative to content/, e.g. 'juridisch-kader' or 'melden-en-hulp.md'",
                dutch: "schrijf een map of bestand vanaf content/, bijvoorbeeld 'juridisch-kader' of 'melden-en-hulp.md'")
    }

    public static func reviewScopeUnmatched(_ entry: String) -> Message {
        Message(.reviewScopeUnmatched, [entry], english: "reviewRequiredIn entry '\(entry)' matches no page in content/",
                dutch: "'\(entry)' onder reviewRequiredIn past bij geen enkele pagina in content/")
    }

    public static func reviewScopeUnmatchedHint() -> Message {
        Message(.reviewScopeUnmatchedHint, english: "write a folder or file relative to content/ that exists",
                dutch: "schrijf een map of bestand vanaf content/ dat bestaat")
    }

    public static func notADomain(_ text: String) -> Message {
        Message(.notADomain, [text], english: "'\(text)' is not a domain name", dutch: "'\(text)' is geen domeinnaam")
    }

    public static func notADomainHint() -> Message {
        Message(.notADomainHint, english: "write only the domain, without https:// or a path, e.g. 'domain: 5dok.net'",
                dutch: "schrijf alleen de domeinnaam, zonder https:// en zonder pad, bijvoorbeeld 'domain: 5dok.net'")
    }

    /// A problem with a web address in the config, named by its key: "editURL: ...".
    public static func addressKey(_ key: String, _ problem: Message) -> Message {
        Message(problem.id, [key] + problem.arguments, english: "\(key): \(problem.english)", dutch: "\(key): \(problem.dutch)")
    }

    public static func editURLMissing(_ pipelines: String) -> Message {
        Message(.editURLMissing, [pipelines],
                english: "the site is published by a pipeline (\(pipelines)) but kennisbank.yml has no editURL, so pages have no 'Bewerk deze pagina' link",
                dutch: "de site wordt gepubliceerd door een pijplijn (\(pipelines)), maar kennisbank.yml heeft geen editURL, dus op de pagina's staat geen link 'Bewerk deze pagina'")
    }

    public static func editURLMissingHint() -> Message {
        Message(.editURLMissingHint,
                english: "set editURL to the web editor's address, e.g. 'editURL: https://gitlab.com/GROUP/PROJECT/-/edit/main/' or 'https://github.com/OWNER/REPO/edit/main/'; until then trainers open a file in the web editor by its path (docs/handleiding.md, chapter 9)",
                dutch: "zet editURL op het adres van de webeditor, bijvoorbeeld 'editURL: https://gitlab.com/GROEP/PROJECT/-/edit/main/' of 'https://github.com/EIGENAAR/REPO/edit/main/'; tot dan open je een bestand in de webeditor via zijn pad (handleiding, hoofdstuk 9)")
    }

    public static func synonymsNotList(found: Phrase) -> Message {
        Message(.synonymsNotList, [found.english, found.dutch], english: "'synoniemen' must be a list of groups, found \(found.english)",
                dutch: "'synoniemen' moet een lijst met groepen zijn, maar hier staat \(found.dutch)")
    }

    public static func synonymsExampleHint() -> Message {
        Message(.synonymsExampleHint, english: "write each group on its own line, like '  - [klacht, melding]'",
                dutch: "zet elke groep op een eigen regel, zo: '  - [klacht, melding]'")
    }

    public static func synonymGroupNotList(found: Phrase) -> Message {
        Message(.synonymGroupNotList, [found.english, found.dutch],
                english: "each group of 'synoniemen' must be a list of two or more words or phrases, found \(found.english)",
                dutch: "elke groep onder 'synoniemen' moet een lijst van twee of meer woorden zijn, maar hier staat \(found.dutch)")
    }

    public static func synonymNotText(found: Phrase) -> Message {
        Message(.synonymNotText, [found.english, found.dutch], english: "each synonym must be a word or phrase, found \(found.english)",
                dutch: "elk synoniem moet een woord of zinnetje zijn, maar hier staat \(found.dutch)")
    }

    public static func synonymOnlyCommonWords(_ text: String) -> Message {
        Message(.synonymOnlyCommonWords, [text],
                english: "'\(text)' has no word that search uses: it holds only very common words such as 'de' or 'een', which search skips",
                dutch: "'\(text)' heeft geen woord waarop gezocht wordt: er staan alleen heel gewone woorden in, zoals 'de' of 'een'")
    }

    public static func synonymOnlyCommonWordsHint() -> Message {
        Message(.synonymOnlyCommonWordsHint, english: "use a more specific word or phrase, or remove it",
                dutch: "gebruik een specifieker woord, of haal het weg")
    }

    public static func synonymSame(_ text: String, as earlier: String) -> Message {
        Message(.synonymSame, [text, earlier],
                english: "'\(text)' finds the same as '\(earlier)' in this group: search already treats word forms alike",
                dutch: "'\(text)' vindt hetzelfde als '\(earlier)' in deze groep: het zoeken ziet vormen van één woord al als gelijk")
    }

    public static func removeOneHint() -> Message {
        Message(.removeOneHint, english: "remove one of the two", dutch: "haal een van de twee weg")
    }

    public static func synonymGroupTooSmall(_ count: Int) -> Message {
        Message(.synonymGroupTooSmall, [String(count)],
                english: "a group of 'synoniemen' needs at least two words or phrases, found \(count)",
                dutch: "een groep onder 'synoniemen' heeft minstens twee woorden nodig, maar heeft er \(count)")
    }

    public static func synonymGroupTooSmallHint() -> Message {
        Message(.synonymGroupTooSmallHint,
                english: "add a word that means the same, like '  - [klacht, melding]', or remove the group",
                dutch: "voeg een woord toe dat hetzelfde betekent, zo: '  - [klacht, melding]', of haal de groep weg")
    }
}
