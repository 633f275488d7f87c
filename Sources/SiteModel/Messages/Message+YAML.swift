/// Messages about YAML that cannot be read, named by their cause (see `Message` for how to add one).
/// `context` is `Phrase.frontMatter` or `Phrase.siteConfig`: a mistake in kennisbank.yml never
/// mentions front matter.
extension Message {
    public static func yamlTab() -> Message {
        Message(.yamlTab, english: "this line is indented with a tab; YAML indents with spaces only",
                dutch: "deze regel springt in met een tab; YAML springt alleen in met spaties")
    }

    public static func yamlTabHint(spaces: Int) -> Message {
        Message(.yamlTabHint, [String(spaces)], english: "replace the tab with spaces: \(Language.count(spaces, "space", "spaces")) here",
                dutch: "vervang de tab door spaties: hier \(Language.count(spaces, "spatie", "spaties"))")
    }

    public static func yamlIndentation(this: Int, above: Int) -> Message {
        Message(.yamlIndentation, [String(this), String(above)],
                english: "this line is indented by \(Language.count(this, "space", "spaces")), the line above by \(above)",
                dutch: "deze regel springt \(Language.count(this, "spatie", "spaties")) in, de regel erboven \(above)")
    }

    public static func yamlIndentationHint(above: Int) -> Message {
        Message(.yamlIndentationHint, [String(above)],
                english: "keys that belong together start at the same place: indent this line by \(Language.count(above, "space", "spaces")), like the line above",
                dutch: "sleutels die bij elkaar horen, beginnen even ver naar rechts: laat deze regel \(Language.count(above, "spatie", "spaties")) inspringen, net als de regel erboven")
    }

    public static func yamlListDepth(this: Int, others: Int) -> Message {
        Message(.yamlListDepth, [String(this), String(others)],
                english: "this list item is indented by \(Language.count(this, "space", "spaces")), the other items of the list by \(others)",
                dutch: "dit lijstitem springt \(Language.count(this, "spatie", "spaties")) in, de andere items van de lijst \(others)")
    }

    public static func yamlListDepthHint(others: Int) -> Message {
        Message(.yamlListDepthHint, [String(others)],
                english: "put the '-' of every item of a list right under each other: \(Language.count(others, "space", "spaces")) in",
                dutch: "zet de streepjes van alle items van een lijst precies onder elkaar: \(Language.count(others, "spatie", "spaties")) inspringen")
    }

    public static func yamlMissingSpace(_ key: String) -> Message {
        Message(.yamlMissingSpace, [key], english: "there is no space after '\(key):'", dutch: "na '\(key):' ontbreekt een spatie")
    }

    public static func yamlMissingSpaceHint(_ key: String) -> Message {
        Message(.yamlMissingSpaceHint, [key], english: "write a space after the colon: '\(key): ...'",
                dutch: "zet een spatie na de dubbele punt: '\(key): ...'")
    }

    public static func yamlColonInValue(_ key: String) -> Message {
        Message(.yamlColonInValue, [key], english: "the text after '\(key):' contains ': ', which YAML reads as a new key",
                dutch: "de tekst na '\(key):' bevat ': ', en dat leest YAML als een nieuwe sleutel")
    }

    public static func yamlQuoteHint() -> Message {
        Message(.yamlQuoteHint, english: "put the whole text between double quotes",
                dutch: "zet de hele tekst tussen dubbele aanhalingstekens")
    }

    public static func yamlLeadingSpecial(_ character: String) -> Message {
        Message(.yamlLeadingSpecial, [character],
                english: "the text starts with '\(character)', which has a special meaning in YAML",
                dutch: "de tekst begint met '\(character)', en dat teken heeft in YAML een speciale betekenis")
    }

    public static func yamlUnclosedQuote(_ quote: String) -> Message {
        Message(.yamlUnclosedQuote, [quote], english: "the quote \(quote) that starts here is never closed",
                dutch: "het aanhalingsteken \(quote) dat hier begint, wordt nergens gesloten")
    }

    public static func yamlUnclosedQuoteHint(_ quote: String) -> Message {
        Message(.yamlUnclosedQuoteHint, [quote], english: "end the text with \(quote) on the same line",
                dutch: "zet aan het eind van de tekst, op dezelfde regel, ook een \(quote)")
    }

    public static func yamlInvalid(_ context: Phrase, problem: String) -> Message {
        Message(.yamlInvalid, [context.english, context.dutch, problem],
                english: "invalid YAML in \(context.english): \(problem)",
                dutch: "\(context.dutch) is geen geldige YAML: deze regel klopt niet")
    }

    public static func yamlInvalidHint() -> Message {
        Message(.yamlInvalidHint,
                english: "check the indentation, and put quotes around a text that contains ': ' or starts with a special character such as [ { * & ! | > ' \" % @ `",
                dutch: "kijk of deze regel en de regel erboven goed inspringen (met spaties, geen tabs), en zet een tekst met ': ' of met een bijzonder teken aan het begin ([ { * & ! | > ' \" % @ `) tussen dubbele aanhalingstekens")
    }

    public static func yamlAlias(_ context: Phrase) -> Message {
        Message(.yamlAlias, [context.english, context.dutch], english: "\(context.english) may not use YAML aliases ('*name')",
                dutch: "een waarde in \(context.dutch) begint met '*', en dat betekent in YAML 'herhaal een andere waarde'")
    }

    public static func yamlAliasHint() -> Message {
        Message(.yamlAliasHint,
                english: "write the value out in full; a text that starts with '*' needs quotes, e.g. title: \"*Let op*: ...\"",
                dutch: "zet de tekst tussen dubbele aanhalingstekens, bijvoorbeeld title: \"*Let op*: ...\"")
    }

    public static func yamlAnchor(_ context: Phrase) -> Message {
        Message(.yamlAnchor, [context.english, context.dutch], english: "\(context.english) may not use YAML anchors ('&name')",
                dutch: "een waarde in \(context.dutch) begint met '&', en dat betekent in YAML 'onthoud deze waarde'")
    }

    public static func yamlAnchorHint() -> Message {
        Message(.yamlAnchorHint,
                english: "remove the anchor and write repeated values out; a text that starts with '&' needs quotes",
                dutch: "zet de tekst tussen dubbele aanhalingstekens, bijvoorbeeld title: \"& meer\"")
    }

    public static func yamlNesting(_ context: Phrase, limit: Int) -> Message {
        Message(.yamlNesting, [context.english, context.dutch, String(limit)],
                english: "\(context.english) is nested more than \(limit) levels deep",
                dutch: "\(context.dutch) springt meer dan \(limit) keer verder in")
    }

    public static func yamlNestingHint() -> Message {
        Message(.yamlNestingHint,
                english: "check the indentation: front matter needs a few levels at most (a quiz: questions, answers)",
                dutch: "controleer het inspringen: een paar niveaus is genoeg (bij een toets: vragen en antwoorden)")
    }

    public static func yamlMergeKey(_ context: Phrase) -> Message {
        Message(.yamlMergeKey, [context.english, context.dutch], english: "\(context.english) may not use YAML merge keys ('<<')",
                dutch: "\(context.dutch) mag geen '<<' gebruiken")
    }

    public static func yamlMergeKeyHint() -> Message {
        Message(.yamlMergeKeyHint, english: "write the keys out in full where they are needed",
                dutch: "schrijf de sleutels voluit op de plek waar ze nodig zijn")
    }

    public static func yamlExpands(_ context: Phrase) -> Message {
        Message(.yamlExpands, [context.english, context.dutch], english: "\(context.english) expands to more values than it has text",
                dutch: "\(context.dutch) heeft meer waarden dan er tekst staat")
    }

    public static func yamlExpandsHint() -> Message {
        Message(.yamlExpandsHint, english: "write every value out in full; YAML anchors and aliases are not allowed",
                dutch: "schrijf elke waarde voluit; '*' en '&' aan het begin van een waarde mogen niet")
    }

    public static func yamlSuspiciousListItem(_ value: String) -> Message {
        Message(.yamlSuspiciousListItem, [value],
                english: "this line looks like a new list item, but it is indented further than the item above, so both became one text: '\(value)'",
                dutch: "deze regel lijkt een nieuw lijstitem, maar hij springt verder in dan het item erboven; nu zijn ze samen één tekst: '\(value)'")
    }

    public static func yamlSuspiciousListItemHint(above: Int) -> Message {
        Message(.yamlSuspiciousListItemHint, [String(above)],
                english: "indent the '-' by \(Language.count(above, "space", "spaces")), like the item above",
                dutch: "laat het streepje \(Language.count(above, "spatie", "spaties")) inspringen, net als het item erboven")
    }
}
