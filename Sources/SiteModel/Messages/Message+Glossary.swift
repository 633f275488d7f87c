/// Messages about glossary terms (see `Message` for how to add one).
extension Message {
    public static func termEmptyDefinition(_ title: String) -> Message {
        Message(.termEmptyDefinition, [title], english: "the term '\(title)' has an empty short definition",
                dutch: "het begrip '\(title)' heeft geen korte definitie")
    }

    public static func termEmptyDefinitionHint() -> Message {
        Message(.termEmptyDefinitionHint,
                english: "add 'definition: ...' with one or two sentences; it is shown in the pop-up and the begrippenlijst",
                dutch: "voeg 'definition: ...' toe met één of twee zinnen; die staat in de pop-up en in de begrippenlijst")
    }

    public static func emptyAlias() -> Message {
        Message(.emptyAlias, english: "empty alias", dutch: "lege alias")
    }

    public static func emptyAliasHint() -> Message {
        Message(.emptyAliasHint, english: "remove the empty line from 'aliases'", dutch: "haal de lege regel weg uit 'aliases'")
    }

    public static func termNameTwice(_ name: String, first: String, second: String) -> Message {
        Message(.termNameTwice, [name, first, second], english: "'\(name)' names two terms: \(first) and \(second)",
                dutch: "'\(name)' is de naam van twee begrippen: \(first) en \(second)")
    }

    public static func termNameTwiceHint() -> Message {
        Message(.termNameTwiceHint,
                english: "a title or alias may belong to one term only; remove it from one of the two files",
                dutch: "een titel of alias hoort bij één begrip; haal hem weg uit een van de twee bestanden")
    }

    public static func relatedUnknown(_ name: String) -> Message {
        Message(.relatedUnknown, [name], english: "'zie ook' names an unknown term '\(name)'",
                dutch: "bij 'related' staat een begrip dat niet bestaat: '\(name)'")
    }

    public static func relatedUnknownHint() -> Message {
        Message(.relatedUnknownHint, english: "'related' lists other terms by file name (without .md), title or alias",
                dutch: "zet bij 'related' andere begrippen, met hun bestandsnaam (zonder .md), titel of alias")
    }

    public static func unknownTerm(_ name: String) -> Message {
        Message(.unknownTerm, [name], english: "unknown glossary term '\(name)'", dutch: "onbekend begrip '\(name)'")
    }

    public static func unknownTermHint() -> Message {
        Message(.unknownTermHint,
                english: "reference a term by its title or one of its aliases, as listed in content/begrippen/",
                dutch: "gebruik de titel of een alias van een begrip uit content/begrippen/, of voeg deze vorm als alias toe aan het begrip")
    }

    public static func unreferencedTerm(_ title: String) -> Message {
        Message(.unreferencedTerm, [title], english: "no page references the term '\(title)'",
                dutch: "geen enkele pagina gebruikt het begrip '\(title)'")
    }

    public static func unreferencedTermHint(_ title: String) -> Message {
        Message(.unreferencedTermHint, [title],
                english: "mention it (or one of its aliases) on a page, reference it with [[\(title)]], or remove the term",
                dutch: "gebruik het begrip (of een alias) op een pagina, verwijs ernaar met [[\(title)]], of haal het begrip weg")
    }
}
