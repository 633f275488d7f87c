import CCmarkGFM
import SiteModel

extension MarkdownDocument {
    /// Markdown for another system that renders Markdown itself (GIFT for Moodle, whose Markdown
    /// passes raw HTML through and reads it more leniently than CommonMark): the text as written
    /// when it holds no '<' and no script link; otherwise the text rendered again as CommonMark
    /// without its raw HTML, with every other '<' escaped (`\<`) and with `javascript:`,
    /// `vbscript:`, `file:` and `data:` destinations emptied. Raw HTML never goes to another
    /// system, `unsafe` or not, as for QTI.
    public static func exportableMarkdown(_ text: String) -> String {
        // Almost every quiz text has neither '<' nor a ':' in a link: nothing to parse.
        let hasAngle = text.utf8.contains(UInt8(ascii: "<"))
        guard hasAngle || text.utf8.contains(UInt8(ascii: ":")) else { return text }
        let document = MarkdownDocument(parsing: text, file: "")
        var changed = hasAngle
        for node in document.rootNode.descendants() where node.type == CMARK_NODE_HTML_BLOCK || node.type == CMARK_NODE_HTML_INLINE {
            node.remove()
        }
        document.rewriteLinks { link in
            guard isDangerousURL(link.url, isImage: link.isImage) else { return nil }
            changed = true
            return ""
        }
        guard changed else { return text }
        return CmarkRuntime.renderCommonMark(document.rootNode.pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
