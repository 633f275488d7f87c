/// Messages about themes and their templates, for whoever adapts a theme (see `Message` for how
/// to add one).
extension Message {
    public static func defaultThemeMissing() -> Message {
        Message(.defaultThemeMissing, english: "the default theme was not found", dutch: "het standaardthema is niet gevonden")
    }

    public static func defaultThemeMissingHint() -> Message {
        Message(.defaultThemeMissingHint,
                english: "set KENNISBANK_THEME_DIR to the themes/default folder of the Kennisbank repository, or reinstall with 'make'",
                dutch: "zet KENNISBANK_THEME_DIR op de map themes/default van de Kennisbank-repository, of installeer opnieuw met 'make'")
    }

    public static func themeUnreadable(_ reason: String) -> Message {
        Message(.themeUnreadable, [reason], english: "cannot load the theme: \(reason)", dutch: "het thema kan niet worden geladen: \(reason)")
    }

    public static func templateTagUnclosed(_ close: String) -> Message {
        Message(.templateTagUnclosed, [close], english: "template does not parse: the tag opened here is never closed with '\(close)'",
                dutch: "het sjabloon klopt niet: de tag die hier begint, wordt niet gesloten met '\(close)'")
    }

    public static func templateTagUnclosedHint() -> Message {
        Message(.templateTagUnclosedHint, english: "close every tag, for example {{title}}", dutch: "sluit elke tag af, bijvoorbeeld {{title}}")
    }

    public static func templateDelimiters() -> Message {
        Message(.templateDelimiters, english: "template does not parse: a set-delimiter tag needs two delimiters, like {{=<% %>=}}",
                dutch: "het sjabloon klopt niet: een tag die de haakjes verandert, heeft er twee nodig, zoals {{=<% %>=}}")
    }

    public static func templateDelimitersHint() -> Message {
        Message(.templateDelimitersHint, english: "write the new opening and closing delimiter separated by a space",
                dutch: "schrijf het nieuwe openings- en sluithaakje, met een spatie ertussen")
    }

    public static func templateUnsupported(_ sigil: String) -> Message {
        Message(.templateUnsupported, [sigil],
                english: "template does not parse: '{{\(sigil)' (template inheritance or dynamic names) is not supported",
                dutch: "het sjabloon klopt niet: '{{\(sigil)' (overerving of dynamische namen) kan hier niet")
    }

    public static func templateUnsupportedHint() -> Message {
        Message(.templateUnsupportedHint, english: "use partials ({{> name}}) and sections instead",
                dutch: "gebruik partials ({{> naam}}) en secties")
    }

    public static func templateTagNoName() -> Message {
        Message(.templateTagNoName, english: "template does not parse: the tag has no name",
                dutch: "het sjabloon klopt niet: de tag heeft geen naam")
    }

    public static func templateTagBadName(_ name: String) -> Message {
        Message(.templateTagBadName, [name], english: "template does not parse: '\(name)' is not a valid name",
                dutch: "het sjabloon klopt niet: '\(name)' is geen geldige naam")
    }

    public static func templateTagNameHint() -> Message {
        Message(.templateTagNameHint, english: "a tag holds one name, like {{title}} or {{#sources}}",
                dutch: "een tag bevat één naam, zoals {{title}} of {{#sources}}")
    }

    public static func templateCloseUnopened(_ name: String) -> Message {
        Message(.templateCloseUnopened, [name], english: "template does not parse: {{/\(name)}} closes a section that was never opened",
                dutch: "het sjabloon klopt niet: {{/\(name)}} sluit een sectie die nooit is geopend")
    }

    public static func templateCloseUnopenedHint(_ name: String) -> Message {
        Message(.templateCloseUnopenedHint, [name], english: "remove it, or open the section with {{#\(name)}} before it",
                dutch: "haal hem weg, of open de sectie ervoor met {{#\(name)}}")
    }

    public static func templateCloseMismatch(_ name: String, open: String, line: Int) -> Message {
        Message(.templateCloseMismatch, [name, open, String(line)],
                english: "template does not parse: {{/\(name)}} does not match {{#\(open)}} at line \(line)",
                dutch: "het sjabloon klopt niet: {{/\(name)}} past niet bij {{#\(open)}} op regel \(line)")
    }

    public static func templateCloseMismatchHint(_ open: String) -> Message {
        Message(.templateCloseMismatchHint, [open],
                english: "close sections in the reverse order they were opened: {{/\(open)}} comes first",
                dutch: "sluit secties in de omgekeerde volgorde af: eerst {{/\(open)}}")
    }

    public static func templateNeverClosed(_ tag: String, name: String) -> Message {
        Message(.templateNeverClosed, [tag, name], english: "template does not parse: \(tag) is never closed",
                dutch: "het sjabloon klopt niet: \(tag) wordt nergens gesloten")
    }

    public static func templateNeverClosedHint(_ name: String) -> Message {
        Message(.templateNeverClosedHint, [name], english: "add {{/\(name)}} where the section ends",
                dutch: "zet {{/\(name)}} waar de sectie eindigt")
    }

    public static func templatePartialMissing(_ template: String, partial: String) -> Message {
        Message(.templatePartialMissing, [template, partial],
                english: "template '\(template)' includes the partial '\(partial)', which does not exist",
                dutch: "het sjabloon '\(template)' gebruikt de partial '\(partial)', en die bestaat niet")
    }

    public static func templatePartialMissingHint() -> Message {
        Message(.templatePartialMissingHint,
                english: "partials are named by their path below templates/ without .mustache, like partials/toc",
                dutch: "een partial heet naar zijn pad onder templates/, zonder .mustache, zoals partials/toc")
    }
}
