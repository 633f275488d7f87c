/// What the XML reader of `SVGCheck` says where an SVG image stops being well-formed XML; each
/// text follows 'the SVG image is not well-formed XML: ' (`svgNotWellFormed`). See `Message` for
/// how to add one.
extension Message {
    public static func xmlTextAfterRoot() -> Message {
        Message(.xmlTextAfterRoot, english: "text after the end of the <svg> element", dutch: "er staat tekst na het einde van het <svg>-element")
    }

    public static func xmlTextBeforeRoot() -> Message {
        Message(.xmlTextBeforeRoot, english: "text before the first element", dutch: "er staat tekst voor het eerste element")
    }

    public static func xmlElementNotClosed(_ element: String) -> Message {
        Message(.xmlElementNotClosed, [element], english: "the element <\(element)> is never closed",
                dutch: "het element <\(element)> wordt nergens gesloten")
    }

    public static func xmlNoElement() -> Message {
        Message(.xmlNoElement, english: "the file holds no element", dutch: "er staat geen enkel element in het bestand")
    }

    public static func xmlCDATAOutside() -> Message {
        Message(.xmlCDATAOutside, english: "a CDATA section outside the elements", dutch: "er staat een CDATA-blok buiten de elementen")
    }

    public static func xmlLateDoctype() -> Message {
        Message(.xmlLateDoctype, english: "a DOCTYPE after the first element", dutch: "er staat een DOCTYPE na het eerste element")
    }

    public static func xmlInstructionNoName() -> Message {
        Message(.xmlInstructionNoName, english: "a processing instruction without a name", dutch: "er staat '<?' zonder naam erachter")
    }

    public static func xmlLateDeclaration() -> Message {
        Message(.xmlLateDeclaration, english: "an XML declaration that is not at the very start",
                dutch: "'<?xml ...?>' staat niet helemaal aan het begin van het bestand")
    }

    public static func xmlEndTagUnclosed() -> Message {
        Message(.xmlEndTagUnclosed, english: "an end tag without '>'", dutch: "een sluittag zonder '>'")
    }

    public static func xmlEndTagClosesNothing(_ tag: String) -> Message {
        Message(.xmlEndTagClosesNothing, [tag], english: "the end tag </\(tag)> closes nothing",
                dutch: "de sluittag </\(tag)> sluit niets af")
    }

    public static func xmlEndTagMismatch(_ tag: String, expected: String) -> Message {
        Message(.xmlEndTagMismatch, [tag, expected], english: "the end tag </\(tag)> where </\(expected)> was expected",
                dutch: "hier staat de sluittag </\(tag)>, maar </\(expected)> moet eerst")
    }

    public static func xmlOtherDeclaration() -> Message {
        Message(.xmlOtherDeclaration, english: "a declaration other than a comment, CDATA or DOCTYPE",
                dutch: "er staat '<!' dat geen commentaar, CDATA of DOCTYPE begint")
    }

    public static func xmlStrayLessThan() -> Message {
        Message(.xmlStrayLessThan, english: "'<' that starts no element (write &lt; for a '<' in text)",
                dutch: "een '<' die geen element begint (schrijf &lt; voor een '<' in tekst)")
    }

    public static func xmlSecondRoot(_ tag: String) -> Message {
        Message(.xmlSecondRoot, [tag], english: "a second top-level element <\(tag)>",
                dutch: "een tweede element <\(tag)> buiten het <svg>-element")
    }

    public static func xmlTagUnclosed(_ tag: String) -> Message {
        Message(.xmlTagUnclosed, [tag], english: "the tag <\(tag)> is never closed with '>'",
                dutch: "de tag <\(tag)> wordt nergens gesloten met '>'")
    }

    public static func xmlUnexpected(_ character: String, tag: String) -> Message {
        Message(.xmlUnexpected, [character, tag], english: "unexpected '\(character)' in the tag <\(tag)>",
                dutch: "er staat een '\(character)' die daar niet hoort in de tag <\(tag)>")
    }

    public static func xmlAttributeNoValue(_ attribute: String) -> Message {
        Message(.xmlAttributeNoValue, [attribute], english: "the attribute '\(attribute)' has no value (XML needs name=\"value\")",
                dutch: "het attribuut '\(attribute)' heeft geen waarde (XML vraagt naam=\"waarde\")")
    }

    public static func xmlValueNotQuoted(_ attribute: String) -> Message {
        Message(.xmlValueNotQuoted, [attribute], english: "the value of '\(attribute)' is not in quotes",
                dutch: "de waarde van '\(attribute)' staat niet tussen aanhalingstekens")
    }

    public static func xmlLessThanInValue(_ attribute: String) -> Message {
        Message(.xmlLessThanInValue, [attribute], english: "'<' inside the value of '\(attribute)'",
                dutch: "er staat een '<' in de waarde van '\(attribute)'")
    }

    public static func xmlValueUnclosed(_ attribute: String) -> Message {
        Message(.xmlValueUnclosed, [attribute], english: "the value of '\(attribute)' is never closed",
                dutch: "het aanhalingsteken na '\(attribute)=' wordt nergens gesloten")
    }

    public static func xmlAttributeTwice(_ attribute: String, tag: String) -> Message {
        Message(.xmlAttributeTwice, [attribute, tag], english: "the attribute '\(attribute)' appears twice in <\(tag)>",
                dutch: "het attribuut '\(attribute)' staat twee keer in <\(tag)>")
    }

    public static func xmlDoctypeUnclosed() -> Message {
        Message(.xmlDoctypeUnclosed, english: "the DOCTYPE is never closed", dutch: "de DOCTYPE wordt nergens gesloten")
    }

    /// `what` is `Phrase.xmlComment`, ...; `end` the text that should close it (`-->`).
    public static func xmlSectionUnclosed(_ what: Phrase, end: String) -> Message {
        Message(.xmlSectionUnclosed, [end], english: "\(what.english) is never closed with '\(end)'",
                dutch: "\(what.dutch) wordt nergens gesloten met '\(end)'")
    }

    public static func xmlStrayAmpersand() -> Message {
        Message(.xmlStrayAmpersand, english: "'&' that starts no reference (write &amp; for a '&')",
                dutch: "een '&' die geen verwijzing begint (schrijf &amp; voor een '&')")
    }

    public static func xmlUnknownEntity(_ reference: String) -> Message {
        Message(.xmlUnknownEntity, [reference],
                english: "'&\(reference);' is not defined in XML (only &amp; &lt; &gt; &quot; &apos; and numbers like &#160;)",
                dutch: "'&\(reference);' bestaat niet in XML (alleen &amp; &lt; &gt; &quot; &apos; en nummers zoals &#160;)")
    }
}

extension Phrase {
    public static let xmlDeclaration = Phrase(english: "the XML declaration", dutch: "'<?xml ...'")
    public static let xmlComment = Phrase(english: "a comment", dutch: "een commentaar ('<!--')")
    public static let xmlCDATA = Phrase(english: "a CDATA section", dutch: "een CDATA-blok")
    public static let xmlInstruction = Phrase(english: "a processing instruction", dutch: "een '<?...'-instructie")
}
