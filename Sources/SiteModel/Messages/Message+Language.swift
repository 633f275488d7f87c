/// Messages about the site's language and the theme's interface texts (`texts/<language>.yml`),
/// for whoever sets up a site or translates a theme (see `Message` for how to add one).
extension Message {
    public static func languageUnsupported(_ language: String, available: [String]) -> Message {
        let list = available.map { "'\($0)'" }.joined(separator: ", ")
        return Message(.languageUnsupported, [language, list],
                       english: "language: '\(language)' is not a language the theme has texts for (it has \(list))",
                       dutch: "language: '\(language)' is geen taal waarin het thema teksten heeft (het heeft \(list))")
    }

    public static func languageUnsupportedHint(_ example: String, code: String, theme: String) -> Message {
        Message(.languageUnsupportedHint, [example, code, theme],
                english: "write one of those, for example 'language: \(example)'; for another language, put a translation of every text of the theme's texts/nl.yml (kennisbank theme export writes a copy) in themes/\(theme)/texts/\(code).yml (docs/FORMAT.md, 'Interface texts')",
                dutch: "kies een van die talen, bijvoorbeeld 'language: \(example)'; voor een andere taal zet je een vertaling van elke tekst uit texts/nl.yml van het thema (kennisbank theme export schrijft een kopie) in themes/\(theme)/texts/\(code).yml (docs/FORMAT.md, 'Interface texts')")
    }

    public static func textMissing(_ key: String, file: String) -> Message {
        Message(.textMissing, [key, file], english: "the interface text '\(key)' is missing from \(file)",
                dutch: "de interfacetekst '\(key)' ontbreekt in \(file)")
    }

    public static func textMissingHint(_ reference: String) -> Message {
        Message(.textMissingHint, [reference], english: "copy it from \(reference) and translate it",
                dutch: "kopieer hem uit \(reference) en vertaal hem")
    }

    public static func textNotText(_ key: String) -> Message {
        Message(.textNotText, [key], english: "the interface text '\(key)' must be a text, or 'one' and 'other' for a text that counts",
                dutch: "de interfacetekst '\(key)' moet een tekst zijn, of 'one' en 'other' bij een tekst die telt")
    }

    public static func textNotTextHint() -> Message {
        Message(.textNotTextHint, english: "write it as in texts/nl.yml, for example 'check: \"Check\"'",
                dutch: "schrijf hem zoals in texts/nl.yml, bijvoorbeeld 'check: \"Controleer\"'")
    }

    public static func textsMissing() -> Message {
        Message(.textsMissing, english: "the theme has no interface texts (texts/nl.yml is missing)",
                dutch: "het thema heeft geen interfaceteksten (texts/nl.yml ontbreekt)")
    }

    public static func textPlaceholderUnknown(_ key: String, name: String, known: [String]) -> Message {
        let list = known.isEmpty ? "none" : known.map { "{\($0)}" }.joined(separator: ", ")
        let lijst = known.isEmpty ? "geen" : known.map { "{\($0)}" }.joined(separator: ", ")
        return Message(.textPlaceholderUnknown, [key, name, list],
                       english: "the interface text '\(key)' uses {\(name)}, which the theme does not fill in (it fills in \(list))",
                       dutch: "de interfacetekst '\(key)' gebruikt {\(name)}, maar dat vult het thema niet in (het vult in: \(lijst))")
    }

    public static func textPlaceholderUnknownHint() -> Message {
        Message(.textPlaceholderUnknownHint, english: "keep the names between { } as they are in texts/nl.yml; translate only the words around them",
                dutch: "laat de namen tussen { } staan zoals in texts/nl.yml; vertaal alleen de woorden eromheen")
    }

    public static func textNotInTheme(_ key: String, reference: String) -> Message {
        Message(.textNotInTheme, [key, reference], english: "'\(key)' is no interface text of the theme (\(reference) has no such key), so it changes nothing",
                dutch: "'\(key)' is geen interfacetekst van het thema (\(reference) heeft die sleutel niet), dus hij verandert niets")
    }

    public static func textNotInThemeHint() -> Message {
        Message(.textNotInThemeHint, english: "write the key as in the theme's texts/nl.yml, or add the text there too if your templates use it",
                dutch: "schrijf de sleutel zoals in texts/nl.yml van het thema, of zet de tekst daar ook in als je sjablonen hem gebruiken")
    }

    public static func textUnknown(_ key: String) -> Message {
        Message(.textUnknown, [key], english: "the template uses the interface text '\(key)', which no texts file has",
                dutch: "het sjabloon gebruikt de interfacetekst '\(key)', maar die staat in geen enkel tekstbestand")
    }

    public static func textUnknownHint() -> Message {
        Message(.textUnknownHint, english: "use a key of the theme's texts/nl.yml, or add the text to every texts file of the theme",
                dutch: "gebruik een sleutel uit texts/nl.yml van het thema, of zet de tekst in elk tekstbestand van het thema")
    }
}
