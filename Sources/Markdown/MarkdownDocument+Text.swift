import CCmarkGFM
import SiteModel

extension MarkdownDocument {
    /// Offers every text run outside links, images, code and raw HTML to `transform`, in document order.
    /// When `transform` returns segments, they replace the run: text segments are escaped as text
    /// and HTML segments are emitted as they are, and `plainText` still reads the text.
    public func rewriteText(_ transform: (TextRun) -> [InlineSegment]?) {
        for node in rootNode.descendants() where node.type == CMARK_NODE_TEXT {
            // One walk up the tree answers every question (this runs for every text node of the site).
            var inLink = false, inHeading = false, inBlockQuote = false
            var ancestor = node.parent
            while let current = ancestor {
                let type = current.type
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { inLink = true; break }
                if type == CMARK_NODE_HEADING { inHeading = true }
                if type == CMARK_NODE_BLOCK_QUOTE { inBlockQuote = true }
                ancestor = current.parent
            }
            if inLink { continue }
            guard let bytes = node.literalUTF8 else { continue }
            let run = TextRun(utf8: bytes, isInHeading: inHeading, isInBlockQuote: inBlockQuote, document: self,
                              line: node.nearestLine, byteColumn: node.startColumn)
            guard let segments = transform(run) else { continue }
            // One HTML node for the whole run, its text escaped as cmark escapes text: a node per
            // piece (text, tag, linked word, tag, ...) made a page with a hundred links spend its
            // time creating, rendering and freeing nodes. Its visible text is kept for `plainText`.
            var html: [UInt8] = [], visible: [UInt8] = []
            html.reserveCapacity(bytes.count * 4)
            visible.reserveCapacity(bytes.count + 16)
            for segment in segments {
                switch segment {
                case .text(let text):
                    var text = text
                    text.withUTF8 { Self.appendEscaped($0, to: &html); visible.append(contentsOf: $0) }
                case .runText(let range):
                    let piece = UnsafeBufferPointer(rebasing: bytes[range])
                    Self.appendEscaped(piece, to: &html)
                    visible.append(contentsOf: piece)
                case .html(let markup):
                    var markup = markup
                    markup.withUTF8 { html.append(contentsOf: $0) }
                }
            }
            let newNode = MarkdownNode.make(CMARK_NODE_HTML_INLINE)
            html.withUnsafeBufferPointer { newNode.setLiteral($0) }
            node.insertBefore(newNode)
            node.remove()
            rewrittenText[newNode.pointer] = visible
        }
    }

    /// Appends text escaped as cmark-gfm's HTML renderer escapes text nodes (`houdini_escape_html0`,
    /// not secure): `&`, `<`, `>` and `"`.
    static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        var run = 0
        for index in 0..<text.count {
            let escape: [UInt8]
            switch text[index] {
            case UInt8(ascii: "&"): escape = Self.ampersand
            case UInt8(ascii: "<"): escape = Self.lessThan
            case UInt8(ascii: ">"): escape = Self.greaterThan
            case UInt8(ascii: "\""): escape = Self.quote
            default: continue
            }
            if run < index { html.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<index])) }
            html.append(contentsOf: escape)
            run = index + 1
        }
        if run < text.count { html.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...])) }
    }

    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8), quote = Array("&quot;".utf8)

    /// The document as plain text (for search and summaries): block boundaries become newlines.
    public var plainText: String {
        // Collected as bytes straight from cmark's literals: one String at the end instead of one
        // per text node.
        var result: [UInt8] = []
        func appendLiteral(_ node: MarkdownNode) {
            if let bytes = node.literalUTF8 { result.append(contentsOf: bytes) }
        }
        for node in rootNode.descendants() {
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: appendLiteral(node)
            case CMARK_NODE_HTML_INLINE: if let text = rewrittenText[node.pointer] { result.append(contentsOf: text) }
            case CMARK_NODE_CODE_BLOCK: appendLiteral(node); result.append(0x0A)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: result.append(0x20)
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                if let last = result.last, last != 0x0A { result.append(0x0A) }
            default:
                if node.typeName == "table_cell" { result.append(0x20) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
