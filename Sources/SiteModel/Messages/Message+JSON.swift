/// Where an answer file stops being valid JSON (`JSONReader`); each text follows 'the file is not
/// valid JSON: ' (`answersNotJSON`). See `Message` for how to add one.
extension Message {
    public static func jsonTextAfterEnd() -> Message {
        Message(.jsonTextAfterEnd, english: "text after the end of the JSON value", dutch: "er staat tekst na het einde van de JSON")
    }

    /// `text` is what should come: `true`, `':' after a name`, ... (quoted by the caller).
    public static func jsonExpected(_ text: String) -> Message {
        Message(.jsonExpected, [text], english: "expected \(text)", dutch: "hier hoort \(text)")
    }

    public static func jsonTooDeep(_ limit: Int) -> Message {
        Message(.jsonTooDeep, [String(limit)], english: "the JSON is nested more than \(limit) levels deep",
                dutch: "de JSON staat meer dan \(limit) keer in elkaar")
    }

    public static func jsonEndsEarly() -> Message {
        Message(.jsonEndsEarly, english: "the JSON ends too early", dutch: "de JSON stopt te vroeg")
    }

    public static func jsonNameTwice(_ name: String) -> Message {
        Message(.jsonNameTwice, [name], english: "the name '\(name)' appears twice in one object",
                dutch: "de naam '\(name)' staat twee keer in één object")
    }

    public static func jsonTextNotClosed() -> Message {
        Message(.jsonTextNotClosed, english: "a text is not closed before the end of the file",
                dutch: "een tekst wordt niet gesloten voor het einde van het bestand")
    }

    public static func jsonControlCharacter() -> Message {
        Message(.jsonControlCharacter, english: "a control character inside a text (write it as \\n or \\u....)",
                dutch: "een stuurteken in een tekst (schrijf het als \\n of \\u....)")
    }

    public static func jsonHalfSurrogate() -> Message {
        Message(.jsonHalfSurrogate, english: "half of a surrogate pair", dutch: "de helft van een surrogaatpaar (\\ud800...)")
    }

    public static func jsonNotACharacter(_ code: String) -> Message {
        Message(.jsonNotACharacter, [code], english: "not a character: \\u\(code)", dutch: "geen teken: \\u\(code)")
    }

    public static func jsonUnknownEscape(_ escape: String) -> Message {
        Message(.jsonUnknownEscape, [escape], english: "unknown escape '\\\(escape)'", dutch: "onbekende code '\\\(escape)'")
    }

    public static func jsonNotANumber(_ text: String) -> Message {
        Message(.jsonNotANumber, [text], english: "not a number: \(text)", dutch: "geen getal: \(text)")
    }

    public static func jsonExpectedName() -> Message {
        Message(.jsonExpectedName, english: "expected a name in quotes", dutch: "hier hoort een naam tussen aanhalingstekens")
    }

    public static func jsonExpectedColon() -> Message {
        Message(.jsonExpectedColon, english: "expected ':' after a name", dutch: "na een naam hoort een ':'")
    }

    public static func jsonExpectedHex() -> Message {
        Message(.jsonExpectedHex, english: "expected four hex digits after \\u", dutch: "na \\u horen vier hexadecimale cijfers")
    }

    public static func jsonExpectedValue() -> Message {
        Message(.jsonExpectedValue, english: "expected a value (text, number, list, object, true, false or null)",
                dutch: "hier hoort een waarde (tekst, getal, lijst, object, true, false of null)")
    }

    public static func jsonExpectedDigits() -> Message {
        Message(.jsonExpectedDigits, english: "expected digits after the decimal point", dutch: "na de punt horen cijfers")
    }

    public static func jsonExpectedExponent() -> Message {
        Message(.jsonExpectedExponent, english: "expected digits in the exponent", dutch: "in de exponent (na 'e') horen cijfers")
    }
}
