import CCmarkGFM
import Foundation
import SiteModel

extension MarkdownDocument {
    /// Removes raw HTML written by the author and returns where it was, so the build can warn.
    /// Called unless the site config opts in to raw HTML.
    public func removeRawHTML() -> [SourceLocation] {
        var found: [SourceLocation] = []
        for node in rootNode.descendants() where node.type == CMARK_NODE_HTML_BLOCK || node.type == CMARK_NODE_HTML_INLINE {
            let literal = node.literal
            let where_ = node.startLine > 0
                ? location(line: node.startLine, byteColumn: node.startColumn)
                : locate(String(literal.prefix(20)), fromLine: node.nearestLine)
            // HTML comments are harmless and often used by authors for notes; drop them silently.
            if !literal.hasPrefix("<!--") { found.append(where_) }
            node.remove()
        }
        return found
    }

    /// True for destinations that run script or embed content when followed: `javascript:`,
    /// `vbscript:`, `file:` and `data:` (except common image types for images).
    public static func isDangerousURL(_ url: String, isImage: Bool) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .filter { !$0.isWhitespace && $0 != "\u{0}" }
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) { return true }
        if lowered.hasPrefix("data:") {
            if isImage {
                for type in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where lowered.hasPrefix(type) {
                    return false
                }
            }
            return true
        }
        return false
    }
}
