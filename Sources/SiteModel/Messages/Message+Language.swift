/// Messages about the site's language and the theme's interface texts (`texts/<language>.yml`),
/// for whoever sets up a site or translates a theme (see `Message` for how to add one).
extension Message {
    public static func languageUnsupported(_ language: String, available: [String]) -> Message {
        let list = available.map { "'\($0)'" }.joined(separator: ", ")
        return Message(.languageUnsupported, [language, list],
                       english: "language: '\(language)' is not a language the theme has texts for (it has \(list))",
                       dutch: "language: '\(language)' is geen taal waarin het thema teksten heeft (het heeft \(list))")
    }

    public static func languageUnsupportedHint(_ example: String, code: String) -> Message {
        Message(.languageUnsupportedHint, [example, code],
                english: "write one of those, for example 'language: \(example)'; for another language, copy the theme's texts/nl.yml to themes/<your theme>/texts/\(code).yml and translate every text (docs/FORMAT.md, 'Interface texts')",
                dutch: "kies een van die talen, bijvoorbeeld 'language: \(example)'; voor een andere taal kopieer je texts/nl.yml van het thema naar themes/<je thema>/texts/\(code).yml en vertaal je elke tekst (docs/FORMAT.md, 'Interface texts')")
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

    public static func textUnknown(_ key: String) -> Message {
        Message(.textUnknown, [key], english: "the template uses the interface text '\(key)', which no texts file has",
                dutch: "het sjabloon gebruikt de interfacetekst '\(key)', maar die staat in geen enkel tekstbestand")
    }

    public static func textUnknownHint() -> Message {
        Message(.textUnknownHint, english: "use a key of the theme's texts/nl.yml, or add the text to every texts file of the theme",
                dutch: "gebruik een sleutel uit texts/nl.yml van het thema, of zet de tekst in elk tekstbestand van het thema")
    }
}
