import CCmarkGFM
import SiteModel

extension MarkdownDocument {
    /// Offers every link and image to `transform`, which returns a new destination or nil to keep it.
    public func rewriteLinks(_ transform: (MarkdownLink) -> String?) {
        for node in rootNode.descendants() where node.type == CMARK_NODE_LINK || node.type == CMARK_NODE_IMAGE {
            let link = MarkdownLink(
                isImage: node.type == CMARK_NODE_IMAGE,
                url: node.url,
                location: linkLocation(node),
                text: node.plainText)
            if let replacement = transform(link), replacement != link.url {
                node.url = replacement
            }
        }
    }

    /// All links and images, without changing anything.
    public var links: [MarkdownLink] {
        var result: [MarkdownLink] = []
        rewriteLinks { result.append($0); return nil }
        return result
    }

    private func linkLocation(_ node: MarkdownNode) -> SourceLocation {
        if node.startLine > 0 && node.startColumn > 0 {
            return location(line: node.startLine, byteColumn: node.startColumn)
        }
        let url = node.url
        return locate(url.isEmpty ? node.plainText : "(" + url, fromLine: node.nearestLine)
            .offsetting(columns: url.isEmpty ? 0 : 1)
    }
}

extension SourceLocation {
    func offsetting(columns: Int) -> SourceLocation {
        var copy = self
        copy.column += columns
        return copy
    }
}
