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
        return URLSafety.isDangerous(url, isImage: isImage)
    }

    /// True when `url` starts with `http://`, `https://` or `mailto:` in any case.
    private static func startsWithSafeScheme(_ url: String) -> Bool {
        // The scheme is read into a fixed-size integer, so the check on every external link allocates
        // nothing.
        var scheme: UInt64 = 0
        var length = 0
        for byte in url.utf8 {
            if byte == UInt8(ascii: ":") { return length > 0 && safeSchemes.contains(scheme) }
            let lower = byte | 0x20
            guard length < 8, lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return false }
            scheme = scheme << 8 | UInt64(lower)
            length += 1
        }
        return false
    }

    private static let safeSchemes: Set<UInt64> = Set(["http", "https", "mailto"].map { name in
        name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })
}
