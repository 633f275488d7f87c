import SiteModel

/// The labels of a page's footnotes in the site's language. The Markdown module writes them in
/// Dutch when it renders a page (`MarkdownDocument.localise`), before any theme is known; a site
/// whose texts say otherwise gets them replaced here, in the footnote section at the end only.
package enum FootnoteLabels {
    package static let dutch = (section: "Voetnoten", backToReference: "Terug naar verwijzing", backToText: "Terug naar de tekst")

    package static func translated(_ html: String, _ texts: InterfaceTexts) -> String {
        let section = texts.text("footnotes.section"), reference = texts.text("footnotes.backToReference")
        let back = texts.text("footnotes.backToText")
        guard section != dutch.section || reference != dutch.backToReference || back != dutch.backToText,
              let start = html.range(of: "<section class=\"footnotes\" data-footnotes aria-label=\"\(dutch.section)\">")?.lowerBound
        else { return html }
        let footnotes = String(html[start...])
            .replacingAll("aria-label=\"\(dutch.section)\"", with: "aria-label=\"\(HTMLEscaping.escape(section))\"")
            .replacingAll("aria-label=\"\(dutch.backToReference) ", with: "aria-label=\"\(HTMLEscaping.escape(reference)) ")
            .replacingAll("aria-label=\"\(dutch.backToText)\"", with: "aria-label=\"\(HTMLEscaping.escape(back))\"")
        return String(html[..<start]) + footnotes
    }
}
