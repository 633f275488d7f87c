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
        // Almost every destination starts with a plain web or mail scheme: settled on the first bytes.
        if Self.startsWithSafeScheme(url) { return false }
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

    /// True when `url` starts with `http://`, `https://` or `mailto:` in any case.
    private static func startsWithSafeScheme(_ url: String) -> Bool {
        var bytes = url.utf8.makeIterator()
        var scheme: [UInt8] = []
        while scheme.count < 8, let byte = bytes.next() {
            if byte == UInt8(ascii: ":") {
                return scheme == Array("http".utf8) || scheme == Array("https".utf8) || scheme == Array("mailto".utf8)
            }
            guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") || byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else {
                return false
            }
            scheme.append(byte | 0x20)
        }
        return false
    }
}
