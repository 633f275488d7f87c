import CCmarkGFM
import SiteModel

extension MarkdownDocument {
    /// Offers every text run outside links, images, code and raw HTML to `transform`, in document order.
    /// When `transform` returns segments, they replace the run; text segments stay text (escaped on
    /// rendering) and HTML segments are emitted as they are.
    public func rewriteText(_ transform: (TextRun) -> [InlineSegment]?) {
        for node in rootNode.descendants() where node.type == CMARK_NODE_TEXT {
            // One walk up the tree answers both questions (this runs for every text node of the site).
            var inLink = false, inHeading = false
            var ancestor = node.parent
            while let current = ancestor {
                let type = current.type
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { inLink = true; break }
                if type == CMARK_NODE_HEADING { inHeading = true }
                ancestor = current.parent
            }
            if inLink { continue }
            guard let bytes = node.literalUTF8 else { continue }
            let run = TextRun(utf8: bytes, isInHeading: inHeading, document: self, line: node.nearestLine, byteColumn: node.startColumn)
            guard let segments = transform(run) else { continue }
            for segment in segments {
                switch segment {
                case .text(let text):
                    let newNode = MarkdownNode.make(CMARK_NODE_TEXT)
                    newNode.literal = text
                    node.insertBefore(newNode)
                case .html(let html):
                    let newNode = MarkdownNode.make(CMARK_NODE_HTML_INLINE)
                    newNode.literal = html
                    node.insertBefore(newNode)
                case .runText(let range):
                    // The run's bytes are the node's literal, which stays until the node is removed below.
                    let newNode = MarkdownNode.make(CMARK_NODE_TEXT)
                    newNode.setLiteral(UnsafeBufferPointer(rebasing: bytes[range]))
                    node.insertBefore(newNode)
                }
            }
            node.remove()
        }
    }

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
