import SiteModel

/// The labels of a page's footnotes in the site's language. The Markdown module writes them in
/// Dutch when it renders a page (`MarkdownDocument.localise`), before any theme is known; a site
/// whose texts say otherwise gets them replaced here, in the footnote section at the end only.
package enum FootnoteLabels {
    package static let dutch = (section: "Voetnoten", backToReference: "Terug naar verwijzing", backToText: "Terug naar de tekst")

    package static func translated(_ html: String, _ texts: InterfaceTexts) -> String {
        let section = texts.text("footnotes.section"), reference = texts.text("footnotes.backToReference")
        let back = texts.text("footnotes.backToText")
        // Byte search, not Foundation's `range(of:)`: this runs for every page of a site in another
        // language, and Foundation's search was 4% of a 38,000-page English build.
        guard section != dutch.section || reference != dutch.backToReference || back != dutch.backToText,
              let offset = html.utf8Offset(of: "<section class=\"footnotes\" data-footnotes aria-label=\"\(dutch.section)\">")
        else { return html }
        let start = html.utf8.index(html.startIndex, offsetBy: offset)
        let footnotes = String(html[start...])
            .replacingAll("aria-label=\"\(dutch.section)\"", with: "aria-label=\"\(HTMLEscaping.escape(section))\"")
            .replacingAll("aria-label=\"\(dutch.backToReference) ", with: "aria-label=\"\(HTMLEscaping.escape(reference)) ")
            .replacingAll("aria-label=\"\(dutch.backToText)\"", with: "aria-label=\"\(HTMLEscaping.escape(back))\"")
        return String(html[..<start]) + footnotes
    }
}
