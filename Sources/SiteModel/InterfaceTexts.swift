/// The words a theme shows a participant (buttons, headings, dates, '3 vragen'), in the site's
/// language: the theme's `texts/<language>.yml` flattened to dotted keys (`quiz.check`,
/// `quizzes.questions.one`), read by `InterfaceTextsLoader` and used by templates (`{{t.quiz.check}}`),
/// the renderers and the scripts.
public struct InterfaceTexts: Sendable, Equatable {
    /// The language code the texts are in (`nl`, `en`), as in the name of their file.
    public let language: String
    /// Dotted key -> text; a text that counts has keys ending in `.one` and `.other`.
    public let table: [String: String]

    /// Texts in `language`.
    public init(language: String, table: [String: String]) {
        self.language = language
        self.table = table
    }

    /// The code of the texts file for a site's `language`: its first part, lower case, so `nl-NL`,
    /// `nl_BE` and `NL` all read `texts/nl.yml`.
    public static func code(for language: String) -> String {
        String(language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }

    /// The text at `key` with each `{name}` replaced by `values[name]`. The loader checked that every
    /// key the theme uses exists, so a missing one shows as the key itself rather than as nothing.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        Self.fill(table[key] ?? key, values)
    }

    /// The form of the counting text at `key` for `count` ('1 vraag', '2 vragen'): `key.one` for one,
    /// `key.other` for any other number; `{count}` is the number.
    public func count(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["count"] = String(count)
        return text(key + (count == 1 ? ".one" : ".other"), values)
    }

    /// `items` as a list in words: 'A, B en C' (`words.and`) or 'A, B of C' (`words.or`).
    public func list(_ items: [String], joinedBy word: String = "words.and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + text(word) + " " + items.last!
    }

    /// A day written out ('23 november 2026'), from its parts (month 1 to 12).
    public func longDate(day: Int, month: Int, year: Int) -> String {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        return text("date.long", ["day": String(day), "month": text("date." + months[max(0, min(11, month - 1))]),
                                  "year": String(year)])
    }

    /// `template` with each `{name}` whose name is in `values` replaced; other braces stay.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The `{name}` placeholders of `text`, in order.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.append(String(name)) }
            rest = rest[rest.index(after: open)...]
        }
        return names
    }
}
