/// Messages about SVG images that could run script or load files from elsewhere (`SVGCheck`; see
/// `Message` for how to add one). The parts that name what an element or address does are
/// `Phrase`s below, so that one sentence serves attributes, `<style>` and `style="..."`.
extension Message {
    public static func svgUTF16() -> Message {
        Message(.svgUTF16, english: "the SVG image is saved as UTF-16", dutch: "de SVG-afbeelding is opgeslagen als UTF-16")
    }

    public static func svgSaveAsUTF8Hint() -> Message {
        Message(.svgSaveAsUTF8Hint, english: "save it as UTF-8 (plain SVG) in your drawing program",
                dutch: "sla de afbeelding in je tekenprogramma op als UTF-8 (gewone SVG)")
    }

    public static func svgEncoding(_ encoding: String) -> Message {
        Message(.svgEncoding, [encoding], english: "the SVG image declares the encoding '\(encoding)'",
                dutch: "de SVG-afbeelding is opgeslagen in de tekenset '\(encoding)'")
    }

    public static func svgEntities() -> Message {
        Message(.svgEntities,
                english: "the DOCTYPE declares entities between '[' and ']>', which can make the file expand without end ('billion laughs')",
                dutch: "in <!DOCTYPE ...> staan definities tussen '[' en ']>'; daarmee kan het bestand eindeloos groot worden")
    }

    public static func svgEntitiesHint() -> Message {
        Message(.svgEntitiesHint,
                english: "delete everything from '[' to ']' in <!DOCTYPE ...> (Illustrator: save as SVG without 'Preserve Illustrator Editing Capabilities')",
                dutch: "haal in <!DOCTYPE ...> alles van '[' tot en met ']' weg (Illustrator: bewaar als SVG zonder 'Preserve Illustrator Editing Capabilities')")
    }

    public static func svgStylesheet() -> Message {
        Message(.svgStylesheet, english: "<?xml-stylesheet?> loads a stylesheet that can change the image or load other files",
                dutch: "<?xml-stylesheet?> laadt een stylesheet; die kan de afbeelding veranderen of andere bestanden laden")
    }

    public static func svgStylesheetHint() -> Message {
        Message(.svgStylesheetHint, english: "remove it; put styles in a <style> element of the image",
                dutch: "haal het weg; zet de stijlen in een <style>-element in de afbeelding")
    }

    public static func svgNotSVG(_ element: String) -> Message {
        Message(.svgNotSVG, [element], english: "the first element is <\(element)>, not <svg>: this is not an SVG image",
                dutch: "het eerste element is <\(element)>, niet <svg>: dit is geen SVG-afbeelding")
    }

    public static func svgNotSVGHint() -> Message {
        Message(.svgNotSVGHint, english: "save the image as SVG in your drawing program",
                dutch: "sla de afbeelding in je tekenprogramma op als SVG")
    }

    /// `does` says what the element does (`Phrase.svgRunsScript`, ...).
    public static func svgForbiddenElement(_ element: String, does: Phrase) -> Message {
        Message(.svgForbiddenElement, [element],
                english: "an SVG image on the site may not contain <\(element)>: it \(does.english)",
                dutch: "een SVG-afbeelding op de site mag geen <\(element)> bevatten: dat \(does.dutch)")
    }

    public static func svgForbiddenElementHint(_ element: String) -> Message {
        Message(.svgForbiddenElementHint, [element],
                english: "remove the <\(element)> element (in Inkscape: Edit > XML Editor), or export the image again as plain SVG",
                dutch: "haal het element <\(element)> weg (in Inkscape: Bewerken > XML-editor), of exporteer de afbeelding opnieuw als gewone SVG")
    }

    /// `problem` ends the sentence: what the style does (`Phrase.svgOtherSite`, ...).
    public static func svgStyleElement(_ problem: Phrase) -> Message {
        Message(.svgStyleElement, [problem.english, problem.dutch], english: "the <style> element \(problem.english)",
                dutch: "het <style>-element \(problem.dutch)")
    }

    public static func svgStyleElementHint() -> Message {
        Message(.svgStyleElementHint, english: "remove that part of the style, or use a file of the site",
                dutch: "haal dat deel van de stijl weg, of gebruik een bestand van de site")
    }

    /// `detail` is what the XML reader found (`Message.xmlNeverClosed`, ...).
    public static func svgNotWellFormed(_ detail: Message) -> Message {
        Message(.svgNotWellFormed, detail.arguments, english: "the SVG image is not well-formed XML: \(detail.english)",
                dutch: "de SVG-afbeelding is geen geldige XML: \(detail.dutch)")
    }

    public static func svgNotWellFormedHint() -> Message {
        Message(.svgNotWellFormedHint,
                english: "a browser shows an error instead of this image; open it in a drawing program and save it again as plain SVG",
                dutch: "een browser toont een foutmelding in plaats van deze afbeelding; open hem in een tekenprogramma en sla hem opnieuw op als gewone SVG")
    }

    public static func svgEventAttribute(_ attribute: String) -> Message {
        Message(.svgEventAttribute, [attribute], english: "the attribute '\(attribute)' runs script when the image is opened",
                dutch: "het attribuut '\(attribute)' voert een script uit als de afbeelding opent")
    }

    public static func svgRemoveAttributeHint(_ attribute: String) -> Message {
        Message(.svgRemoveAttributeHint, [attribute], english: "remove the attribute '\(attribute)' from the image",
                dutch: "haal het attribuut '\(attribute)' weg uit de afbeelding")
    }

    public static func svgScriptAttributeHint() -> Message {
        Message(.svgScriptAttributeHint, english: "remove the attribute, or give it an ordinary address",
                dutch: "haal het attribuut weg, of geef het een gewoon adres")
    }

    public static func svgAnimatesScript(_ element: String, value: String) -> Message {
        Message(.svgAnimatesScript, [element, value],
                english: "<\(element)> changes '\(value)' while the image runs, which can turn it into a script",
                dutch: "<\(element)> verandert '\(value)' terwijl de afbeelding speelt; zo kan er een script van worden gemaakt")
    }

    public static func svgAnimatesScriptHint(_ element: String) -> Message {
        Message(.svgAnimatesScriptHint, [element], english: "remove the <\(element)> element, or animate another attribute",
                dutch: "haal het element <\(element)> weg, of laat een ander attribuut bewegen")
    }

    /// `problem` ends the sentence: what the address does (`Phrase.svgOtherSite`, ...).
    public static func svgAttribute(_ attribute: String, _ problem: Phrase) -> Message {
        Message(.svgAttribute, [attribute, problem.english, problem.dutch], english: "the attribute '\(attribute)' \(problem.english)",
                dutch: "het attribuut '\(attribute)' \(problem.dutch)")
    }

    public static func svgAddressHint() -> Message {
        Message(.svgAddressHint, english: "put the file in content/ and refer to it by a relative path, or remove the reference",
                dutch: "zet het bestand in content/ en verwijs ernaar met een pad vanaf de afbeelding, of haal de verwijzing weg")
    }
}

extension Phrase {
    /// The end of a sentence about an address in an SVG image that leads to another site.
    public static func svgOtherSite(_ address: String) -> Phrase {
        Phrase(english: "refers to another site ('\(address)'); an image on the site may only use the site's own files",
               dutch: "verwijst naar een andere site ('\(address)'); een afbeelding op de site mag alleen bestanden van de site zelf gebruiken")
    }

    /// ... to a `data:` address that is not an image.
    public static func svgDataNotImage(_ address: String) -> Phrase {
        Phrase(english: "holds a data: address that is not a PNG, JPEG, GIF or WebP image ('\(address)')",
               dutch: "bevat een data:-adres dat geen PNG-, JPEG-, GIF- of WebP-afbeelding is ('\(address)')")
    }

    /// ... to a file on the computer or to script.
    public static func svgLocalOrScript(_ address: String) -> Phrase {
        Phrase(english: "refers to a file on this computer or to script ('\(address)')",
               dutch: "verwijst naar een bestand op deze computer of naar een script ('\(address)')")
    }

    /// ... to a `javascript:` address.
    public static func svgScriptAddress(_ address: String) -> Phrase {
        Phrase(english: "holds a script address ('\(address)')", dutch: "bevat een scriptadres ('\(address)')")
    }

    /// What a forbidden SVG element does, after 'it' ('dat').
    public static let svgRunsScript = Phrase(english: "runs script when the image is opened", dutch: "voert een script uit als de afbeelding opent")
    public static let svgRunsHandler = Phrase(english: "runs script (SVG Tiny event handler)", dutch: "voert een script uit (SVG Tiny event handler)")
    public static let svgAttachesScript = Phrase(english: "attaches script to events", dutch: "koppelt een script aan gebeurtenissen")
    public static let svgPutsHTML = Phrase(english: "puts HTML inside the image, with forms, frames and script",
                                           dutch: "zet HTML in de afbeelding, met formulieren, frames en scripts")
    public static let svgLoadsPage = Phrase(english: "loads another page inside the image", dutch: "laadt een andere pagina in de afbeelding")
    public static let svgLoadsPages = Phrase(english: "loads other pages inside the image", dutch: "laadt andere pagina's in de afbeelding")
    public static let svgEmbedsDocument = Phrase(english: "embeds another document or plug-in", dutch: "voegt een ander document of een plug-in in")
    public static let svgEmbedsPlugin = Phrase(english: "embeds a plug-in", dutch: "voegt een plug-in in")
    public static let svgRedirects = Phrase(english: "can send the reader to another address", dutch: "kan de lezer naar een ander adres sturen")
    public static let svgChangesBase = Phrase(english: "changes where every address in the image leads",
                                              dutch: "verandert waar elk adres in de afbeelding heen gaat")
    public static let svgLoadsFile = Phrase(english: "loads another file into the image", dutch: "laadt een ander bestand in de afbeelding")
    public static let svgSendsForm = Phrase(english: "sends what a reader types to an address", dutch: "stuurt wat een lezer typt naar een adres")
}
