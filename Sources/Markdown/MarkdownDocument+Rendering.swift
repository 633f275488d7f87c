import CCmarkGFM
import Foundation
import SiteModel

extension MarkdownDocument {
    /// Renders the document to HTML: headings carry their ids, and the footnote texts that cmark
    /// writes in English are Dutch. Rendering is done once per document; it edits the tree.
    public func renderHTML() -> String {
        if !headingsRendered { renderHeadingsWithIDs() }
        return Self.alignmentClasses(Self.localise(CmarkRuntime.renderHTML(rootNode.pointer)))
    }

    /// Table cells aligned with `:-:` get `class="align-center"` (and `-left`, `-right`) instead of
    /// the `style` attribute cmark-gfm writes: the pages' Content-Security-Policy allows no inline
    /// style, and the `align` attribute it writes otherwise is obsolete HTML.
    static func alignmentClasses(_ html: String) -> String {
        // One pass over the bytes: three `replacingAll` copied every page with a table three times.
        let found = html.utf8Ranges(of: " style=\"text-align: ")
        guard !found.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let sides = ["left", "center", "right"].map { (value: Array(($0 + "\"").utf8), class: Array(" class=\"align-\($0)\"".utf8)) }
        var cursor = 0
        for range in found {
            let rest = bytes[range.upperBound...]
            guard let side = sides.first(where: { rest.starts(with: $0.value) }) else { continue }
            result.append(contentsOf: bytes[cursor..<range.lowerBound])
            result.append(contentsOf: side.class)
            cursor = range.upperBound + side.value.count
        }
        result.append(contentsOf: bytes[cursor...])
        return String(decoding: result, as: UTF8.self)
    }

    /// Renders a snippet that should be inline (a definition, a quiz answer) without the wrapping
    /// `<p>` when it is a single paragraph.
    public func renderInlineHTML() -> String {
        let html = renderHTML()
        let children = rootNode.children
        if children.count == 1, children[0].type == CMARK_NODE_PARAGRAPH {
            var trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("<p>") && trimmed.hasSuffix("</p>") {
                trimmed = String(trimmed.dropFirst(3).dropLast(4))
                return trimmed
            }
        }
        return html
    }

    /// True when the document holds nothing but a single paragraph (or nothing).
    public var isSingleParagraph: Bool {
        let children = rootNode.children
        return children.count <= 1 && children.allSatisfy { $0.type == CMARK_NODE_PARAGRAPH }
    }

    private func renderHeadingsWithIDs() {
        markHeadingsRendered()
        var index = 0
        for node in rootNode.descendants() where node.type == CMARK_NODE_HEADING {
            guard index < headings.count else { break }
            let heading = headings[index]
            index += 1
            let html = CmarkRuntime.renderHTML(node.pointer)
            let tag = "<h\(heading.level)"
            let withID = html.hasPrefix(tag + ">")
                ? tag + " id=\"" + HTMLEscaping.escape(heading.id) + "\"" + html.dropFirst(tag.count)
                : html
            let block = MarkdownNode.make(CMARK_NODE_HTML_BLOCK)
            block.literal = withID
            node.insertBefore(block)
            node.remove()
        }
    }

    /// Replaces the English texts cmark-gfm writes into footnotes. They all sit in the footnote
    /// section at the end, so only that part of the page is searched and copied.
    static func localise(_ html: String) -> String {
        let section = "<section class=\"footnotes\" data-footnotes>"
        guard let start = html.utf8Offset(of: section) else { return html }
        let index = html.utf8.index(html.startIndex, offsetBy: start)
        let footnotes = String(html[index...])
            .replacingAll("aria-label=\"Back to reference ", with: "aria-label=\"Terug naar verwijzing ")
            .replacingAll("aria-label=\"Back to content\"", with: "aria-label=\"Terug naar de tekst\"")
            .replacingAll(section, with: "<section class=\"footnotes\" data-footnotes aria-label=\"Voetnoten\">")
        return String(html[..<index]) + footnotes
    }
}
