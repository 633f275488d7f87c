/// Where a page lives in the output: a folder path relative to the site root, with `index.html` inside.
/// The home page's route is the empty path.
public struct Route: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Folder path without leading or trailing slash, e.g. `definities/racisme`; empty for the home page.
    public var path: String

    /// Creates a route from a folder path; surrounding slashes are removed.
    public init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        self.path = String(trimmed)
    }

    /// The home page.
    public static let home = Route("")

    /// Output file relative to the site root, e.g. `definities/racisme/index.html`.
    public var outputFile: String { path.isEmpty ? "index.html" : path + "/index.html" }

    /// Number of folders between the site root and this page's `index.html`.
    public var depth: Int { path.isEmpty ? 0 : path.split(separator: "/").count }

    /// Relative prefix from this page to the site root: `../../`, or `./` for the home page.
    public var rootPrefix: String { depth == 0 ? "./" : String(repeating: "../", count: depth) }

    /// Relative URL from this page to `target`'s `index.html`, optionally with a fragment.
    public func relativeURL(to target: Route, fragment: String? = nil) -> String {
        relativeURL(toFile: target.outputFile, fragment: fragment)
    }

    /// Relative URL from this page to any file given relative to the site root.
    public func relativeURL(toFile file: String, fragment: String? = nil) -> String {
        let from = path.isEmpty ? [] : path.split(separator: "/").map(String.init)
        let to = file.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let url = (ups + to[common...]).joined(separator: "/")
        if let fragment, !fragment.isEmpty { return url + "#" + fragment }
        return url
    }

    public var description: String { "/" + (path.isEmpty ? "" : path + "/") }

    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.path < rhs.path }
}
