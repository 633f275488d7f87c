import Foundation
import Glossary
import SiteModel
import Theme

/// Every term's pop-up definition (the `term-definition` partial), rendered once with the term's
/// URL left open, so each page only fills in its own relative URL. Rendering the partial per page,
/// or looking it up per term and place, was most of what the pop-ups cost in a large build.
struct TermDefinitionBlocks: Sendable {
    /// The rendered partial around the URL.
    struct Parts: Sendable {
        let before: [UInt8]
        let after: [UInt8]
        /// The term's number in `GlossaryIndex.numberedSlugs`, for `PageTermLinks`.
        let term: Int
    }

    private let parts: [String: Parts]

    /// A placeholder URL that HTML escaping leaves as it is, and that no definition contains.
    private static let placeholder = "kennisbank-term-url-placeholder-3f9c1e"

    /// Renders the partial for every term whose page path needs no escaping; `definitions` are the
    /// short definitions as the pop-ups show them, by slug.
    init(glossary: GlossaryIndex, definitions: [String: String], templates: TemplateRenderer) {
        // In parallel: this runs before any page can be rendered.
        let made: [(String, Parts)?] = glossary.terms.keys.sorted().parallelMap { slug in
            guard let term = glossary.terms[slug], term.route.outputFile.utf8.allSatisfy(Self.isPlainURLByte),
                  let number = glossary.number(of: slug),
                  let html = templates.render("partials/term-definition", [
                      "slug": slug, "title": term.title, "url": Self.placeholder,
                      "definition": definitions[slug] ?? HTMLEscaping.escape(term.definition),
                  ]) else { return nil }
            let pieces = html.components(separatedBy: Self.placeholder)
            // A theme that leaves the URL out, or uses it twice, is rendered the slow way.
            guard pieces.count == 2 else { return nil }
            return (slug, Parts(before: Array(pieces[0].utf8), after: Array(pieces[1].utf8), term: number))
        }
        parts = Dictionary(uniqueKeysWithValues: made.compactMap { $0 })
    }

    /// The partial for `slug` around its URL, or nil when it must be rendered per page.
    func parts(for slug: String) -> Parts? { parts[slug] }

    private static func isPlainURLByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}
