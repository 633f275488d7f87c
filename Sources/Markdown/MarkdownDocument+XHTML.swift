import CCmarkGFM
import SiteModel

extension MarkdownDocument {
    /// Renders the document as the small, safe XHTML that QTI content allows: paragraphs, lists,
    /// block quotes, code, tables, emphasis and links to web addresses. Raw HTML is dropped (it is
    /// never passed to another system, `unsafe` or not), links within the site and images become
    /// their text, headings become bold paragraphs, footnote texts are left out, and characters XML
    /// does not allow are removed. `inline` renders only inline content, paragraphs joined by a space,
    /// for places that take no blocks (an answer, inline feedback, a prompt).
    ///
    /// Walks the tree with cmark's iterator, not by recursion, so deeply nested input cannot exhaust
    /// the stack.
    public func renderXHTML(inline: Bool) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(rootNode.pointer) else { return out }
        defer { cmark_iter_free(iterator) }
        var skipping: OpaquePointer?
        var wroteBlock = false
        var closers: [OpaquePointer: String] = [:]
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            if let skipped = skipping {
                if event == CMARK_EVENT_EXIT && skipped == pointer { skipping = nil }
                continue
            }
            let node = MarkdownNode(pointer: pointer)
            if event == CMARK_EVENT_EXIT {
                if let closer = closers.removeValue(forKey: pointer) { out += closer }
                continue
            }
            switch node.type {
            case CMARK_NODE_TEXT:
                out += XMLEscaping.escape(node.literal)
            case CMARK_NODE_SOFTBREAK:
                out += " "
            case CMARK_NODE_LINEBREAK:
                out += inline ? " " : "<br/>"
            case CMARK_NODE_CODE:
                out += "<code>" + XMLEscaping.escape(node.literal) + "</code>"
            case CMARK_NODE_CODE_BLOCK:
                if inline {
                    if wroteBlock { out += " " }
                    out += "<code>" + XMLEscaping.escape(node.literal.trimmingTrailingNewlines) + "</code>"
                } else {
                    out += "<pre>" + XMLEscaping.escape(node.literal) + "</pre>"
                }
                wroteBlock = true
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE, CMARK_NODE_FOOTNOTE_REFERENCE:
                break
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                skipping = pointer
            case CMARK_NODE_THEMATIC_BREAK:
                if !inline { out += "<hr/>" }
            case CMARK_NODE_EMPH:
                out += "<em>"
                closers[pointer] = "</em>"
            case CMARK_NODE_STRONG:
                out += "<strong>"
                closers[pointer] = "</strong>"
            case CMARK_NODE_LINK:
                let url = node.url
                if Self.isWebAddress(url) {
                    out += "<a href=\"" + XMLEscaping.escape(url) + "\">"
                    closers[pointer] = "</a>"
                }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                let heading = node.type == CMARK_NODE_HEADING
                if inline {
                    if wroteBlock { out += " " }
                    if heading {
                        out += "<strong>"
                        closers[pointer] = "</strong>"
                    }
                } else {
                    out += heading ? "<p><strong>" : "<p>"
                    closers[pointer] = heading ? "</strong></p>" : "</p>"
                }
                wroteBlock = true
            case CMARK_NODE_BLOCK_QUOTE where !inline:
                out += "<blockquote>"
                closers[pointer] = "</blockquote>"
            case CMARK_NODE_LIST where !inline:
                let ordered = cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST
                out += ordered ? "<ol>" : "<ul>"
                closers[pointer] = ordered ? "</ol>" : "</ul>"
            case CMARK_NODE_ITEM where !inline:
                out += "<li>"
                closers[pointer] = "</li>"
            default:
                switch node.typeName {
                case "table" where !inline:
                    // QTI wants at least one body row: a table of only a header row gets it as its body.
                    let hasBody = node.children.count > 1
                    out += "<table>"
                    closers[pointer] = hasBody ? "</tbody></table>" : "</table>"
                case "table_header" where !inline, "table_row" where !inline:
                    let header = cmark_gfm_extensions_get_table_row_is_header(pointer) != 0
                    let parentHasBody = (node.parent?.children.count ?? 0) > 1
                    if header && parentHasBody {
                        out += "<thead><tr>"
                        closers[pointer] = "</tr></thead><tbody>"
                    } else {
                        out += header ? "<tbody><tr>" : "<tr>"
                        closers[pointer] = header ? "</tr></tbody>" : "</tr>"
                    }
                case "table_cell" where !inline:
                    let header = node.parent.map { cmark_gfm_extensions_get_table_row_is_header($0.pointer) != 0 } ?? false
                    out += header ? "<th>" : "<td>"
                    closers[pointer] = header ? "</th>" : "</td>"
                case "table_cell", "table_row", "table_header":
                    out += " "
                default:
                    // Images, strikethrough, task items and the rest: their text only.
                    break
                }
            }
        }
        return out
    }

    private static func isWebAddress(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var copy = self
        while copy.hasSuffix("\n") { copy.removeLast() }
        return copy
    }
}
