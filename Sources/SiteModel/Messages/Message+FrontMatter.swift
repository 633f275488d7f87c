/// Messages about the keys and values of front matter and kennisbank.yml (see `Message` for how
/// to add one).
extension Message {
    public static func frontMatterNotClosed() -> Message {
        Message(.frontMatterNotClosed, english: "front matter is not closed", dutch: "de front matter wordt niet afgesloten")
    }

    public static func frontMatterNotClosedHint() -> Message {
        Message(.frontMatterNotClosedHint,
                english: "end the front matter with a line that holds only '---', after the last key",
                dutch: "zet onder de laatste sleutel een regel met alleen '---'")
    }

    public static func noFrontMatter() -> Message {
        Message(.noFrontMatter, english: "the file has no front matter", dutch: "het bestand heeft geen front matter")
    }

    public static func noFrontMatterHint() -> Message {
        Message(.noFrontMatterHint, english: "start the file with '---', a line 'title: ...', and another '---'",
                dutch: "begin het bestand met een regel '---', dan een regel 'title: ...' en dan weer een regel '---'")
    }

    public static func keyTwice(_ key: String, in context: Phrase) -> Message {
        Message(.keyTwice, [key, context.english, context.dutch],
                english: "key '\(key)' appears twice in \(context.english)",
                dutch: "de sleutel '\(key)' staat twee keer in \(context.dutch)")
    }

    public static func keyTwiceHint(firstLine: Int) -> Message {
        Message(.keyTwiceHint, [String(firstLine)], english: "remove one of them; the first is at line \(firstLine)",
                dutch: "haal er één weg; de eerste staat op regel \(firstLine)")
    }

    public static func notAMapping(_ context: Phrase, found: Phrase) -> Message {
        Message(.notAMapping, [context.english, context.dutch, found.english, found.dutch],
                english: "\(context.english) must be a set of 'key: value' lines, found \(found.english)",
                dutch: "\(context.dutch) moet bestaan uit regels 'sleutel: waarde', maar hier staat \(found.dutch)")
    }

    public static func notAMappingHint() -> Message {
        Message(.notAMappingHint, english: "write one 'key: value' per line, e.g. 'title: Racisme'",
                dutch: "schrijf op elke regel één sleutel en een waarde, bijvoorbeeld 'title: Racisme'")
    }

    public static func missingKey(_ key: String, in context: Phrase) -> Message {
        Message(.missingKey, [key, context.english, context.dutch], english: "\(context.english) has no '\(key)'",
                dutch: "\(context.dutch) heeft geen '\(key)'")
    }

    public static func missingKeyHint(_ key: String, example: String, in context: Phrase) -> Message {
        Message(.missingKeyHint, [key, example, context.english, context.dutch],
                english: "add a line '\(key): \(example)' to the \(context.english)",
                dutch: "voeg een regel '\(key): \(example)' toe aan \(context.dutch)")
    }

    public static func notAText(_ key: String, found: Phrase) -> Message {
        Message(.notAText, [key, found.english, found.dutch], english: "'\(key)' must be a text, found \(found.english)",
                dutch: "'\(key)' moet een tekst zijn, maar hier staat \(found.dutch)")
    }

    public static func notATextHint(_ key: String) -> Message {
        Message(.notATextHint, [key], english: "write it on one line after '\(key):', in quotes if it contains ': '",
                dutch: "schrijf de tekst op één regel na '\(key):', tussen aanhalingstekens als er ': ' in staat")
    }

    public static func emptyValue(_ key: String) -> Message {
        Message(.emptyValue, [key], english: "'\(key)' is empty", dutch: "'\(key)' is leeg")
    }

    public static func emptyValueHint(_ key: String) -> Message {
        Message(.emptyValueHint, [key], english: "write the \(key) after '\(key):'", dutch: "schrijf de waarde achter '\(key):'")
    }

    public static func notANumber(_ key: String, found: Phrase) -> Message {
        Message(.notANumber, [key, found.english, found.dutch], english: "'\(key)' must be a whole number, found \(found.english)",
                dutch: "'\(key)' moet een heel getal zijn, maar hier staat \(found.dutch)")
    }

    public static func notANumberHint(_ key: String) -> Message {
        Message(.notANumberHint, [key], english: "write digits, e.g. '\(key): 10'",
                dutch: "schrijf het getal in cijfers, bijvoorbeeld '\(key): 10'")
    }

    public static func notABool(_ key: String, found: Phrase) -> Message {
        Message(.notABool, [key, found.english, found.dutch], english: "'\(key)' must be true or false, found \(found.english)",
                dutch: "'\(key)' moet true of false zijn, maar hier staat \(found.dutch)")
    }

    public static func notABoolHint(_ key: String) -> Message {
        Message(.notABoolHint, [key], english: "write '\(key): true' or '\(key): false'",
                dutch: "schrijf '\(key): true' (ja) of '\(key): false' (nee)")
    }

    public static func notATextList(_ key: String, found: Phrase) -> Message {
        Message(.notATextList, [key, found.english, found.dutch],
                english: "'\(key)' must be a list of texts, found \(found.english)",
                dutch: "'\(key)' moet een lijst met teksten zijn, maar hier staat \(found.dutch)")
    }

    public static func listItemNotText(_ key: String, found: Phrase) -> Message {
        Message(.listItemNotText, [key, found.english, found.dutch],
                english: "each item of '\(key)' must be a text, found \(found.english)",
                dutch: "elk item van '\(key)' moet een tekst zijn, maar hier staat \(found.dutch)")
    }

    public static func listItemHint() -> Message {
        Message(.listItemHint, english: "write each item on its own line as '  - text'",
                dutch: "zet elk item op een eigen regel, zo: '  - tekst'")
    }

    public static func notAList(_ key: String, found: Phrase) -> Message {
        Message(.notAList, [key, found.english, found.dutch], english: "'\(key)' must be a list, found \(found.english)",
                dutch: "'\(key)' moet een lijst zijn, maar hier staat \(found.dutch)")
    }

    public static func notAListHint() -> Message {
        Message(.notAListHint, english: "write each item on its own line starting with '  - '",
                dutch: "zet elk item op een eigen regel die begint met '  - '")
    }

    public static func unknownKey(_ key: String, in context: Phrase) -> Message {
        Message(.unknownKey, [key, context.english, context.dutch], english: "unknown key '\(key)' in \(context.english)",
                dutch: "onbekende sleutel '\(key)' in \(context.dutch)")
    }

    public static func unknownKeyHint(known: [String]) -> Message {
        let list = known.joined(separator: ", ")
        return Message(.unknownKeyHint, [list], english: "known keys here are: \(list)",
                       dutch: "hier kun je deze sleutels gebruiken (altijd Engels, in kleine letters): \(list)")
    }

    public static func unknownChoice(_ what: Phrase, _ value: String) -> Message {
        Message(.unknownChoice, [what.english, what.dutch, value], english: "unknown \(what.english) '\(value)'",
                dutch: "'\(value)' is geen bekend \(what.dutch)")
    }

    public static func useOneOf(_ names: [String]) -> Message {
        let list = names.joined(separator: ", ")
        return Message(.useOneOf, [list], english: "use one of: \(list)", dutch: "kies een van deze: \(list)")
    }

    /// Put before a hint when a diagnostic has a fix: the text to paste.
    public static func didYouMean(_ text: String) -> Message {
        Message(.didYouMean, [text], english: "did you mean '\(text)'?", dutch: "bedoelde je '\(text)'?")
    }
}
