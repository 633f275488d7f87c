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

    /// Where the destination is written (the caret of a link error points at what to change), or
    /// where the link starts when the destination is not on its first line as written.
    private func linkLocation(_ node: MarkdownNode) -> SourceLocation {
        if node.startLine > 0 && node.startColumn > 0 {
            let column = destinationColumn(line: node.startLine, from: node.startColumn, url: node.url) ?? node.startColumn
            return location(line: node.startLine, byteColumn: column)
        }
        let url = node.url
        return locate(url.isEmpty ? node.plainText : "(" + url, fromLine: node.nearestLine)
            .offsetting(columns: url.isEmpty ? 0 : 1)
    }
}

extension MarkdownDocument {
    /// The byte column of `url` after the first '](' from `column` on body line `line`, when it is
    /// written there as it is (cmark-gfm hands out destinations unescaped).
    func destinationColumn(line: Int, from column: Int, url: String) -> Int? {
        guard !url.isEmpty, let bytes = bodyLine(line) else { return nil }
        let target = Array(url.utf8)
        var index = bytes.startIndex + column - 1
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "]") && bytes[index + 1] == UInt8(ascii: "(") {
                var start = index + 2
                while start < bytes.endIndex, bytes[start] == 0x20 || bytes[start] == UInt8(ascii: "<") { start += 1 }
                guard bytes[start...].starts(with: target) else { return nil }
                return start - bytes.startIndex + 1
            }
            index += 1
        }
        return nil
    }
}

extension SourceLocation {
    func offsetting(columns: Int) -> SourceLocation {
        var copy = self
        copy.column += columns
        return copy
    }
}
