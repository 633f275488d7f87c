import Foundation

/// Path arithmetic on paths relative to `content/`.
public enum ContentPath {
    /// The folder of a content path: `definities/racisme.md` gives `definities`.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Resolves `relative` against `folder`; nil when it climbs above `content/`.
    public static func resolve(_ relative: String, from folder: String) -> String? {
        var parts: [Substring] = relative.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The route folder of a Markdown content path, lowercased so links stay predictable:
    /// `x/_index.md` gives `x`, `x/y.md` gives `x/y`, `index.md` gives the home route.
    public static func routePath(of path: String) -> String {
        var trimmed = path
        if trimmed.hasSuffix(".md") { trimmed.removeLast(3) }
        if trimmed == "index" || trimmed == "_index" { return "" }
        if trimmed.hasSuffix("/_index") { trimmed.removeLast(7) }
        return trimmed.lowercased()
    }
}
