import Content
import Glossary
import SiteModel

/// The glossary terms of a print edition: whole articles (the whole training, or a section with
/// `print.sectionGlossary: full`), or a compact glossary of term and definition (a section's default).
extension PrintRenderer {
    /// The template values of a term's part.
    func termContext(_ term: GlossaryTerm, part: Part, rewriter: PrintHTMLRewriter, compact: Bool) -> [String: Any] {
        var item: [String: Any] = [:]
        let processed = site.pages[term.contentPath]
        if let definition = processed?.definitionHTML {
            item["definition"] = rewriter.rewrite(definition, from: term.route, idPrefix: part.anchor + "-def", headingShift: 0)
        }
        if compact {
            item["compact"] = true
            return item
        }
        if let term = site.glossary.terms[term.slug], !term.aliases.isEmpty {
            item["aliases"] = term.aliases.map(\.value).joined(separator: ", ")
        }
        if let processed { item.merge(pageContext(processed, part: part, rewriter: rewriter)) { $1 } }
        return item
    }

    /// The sentence that opens a compact glossary: where the whole articles are.
    var compactGlossaryIntro: String {
        let glossary = site.index.sectionPage(PageKind.glossaryFolder)?.title ?? texts.text("glossary.title")
        var place = texts.text("print.compactGlossaryPlace", ["glossary": glossary.lowercased(), "site": site.config.title])
        if let base = site.config.baseURL {
            place += " (\(base.hasSuffix("/") ? base : base + "/")\(PageKind.glossaryFolder)/)"
        }
        return texts.text("print.compactGlossary", ["place": place])
    }
}
