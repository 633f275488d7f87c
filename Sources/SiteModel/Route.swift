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
    public var depth: Int {
        // Counted on bytes: every link, breadcrumb and asset URL of every page asks.
        path.isEmpty ? 0 : path.utf8.reduce(1) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
    }

    /// Relative prefix from this page to the site root: `../../`, or `./` for the home page.
    public var rootPrefix: String { depth == 0 ? "./" : String(repeating: "../", count: depth) }

    /// Relative URL from this page to `target`'s `index.html`, optionally with a fragment.
    public func relativeURL(to target: Route, fragment: String? = nil) -> String {
        relativeURL(toFile: target.outputFile, fragment: fragment)
    }

    /// Relative URL from this page to any file given relative to the site root.
    public func relativeURL(toFile file: String, fragment: String? = nil) -> String {
        // Works on UTF-8 bytes: this runs dozens of times per page (navigation, breadcrumbs, links).
        let from = Array(path.utf8), to = Array(file.utf8)
        // Length of the common folder prefix, in whole segments.
        var common = 0, index = 0
        while index < from.count, index < to.count, from[index] == to[index] {
            index += 1
            if to.count > index, to[index] == 0x2F, index == from.count || from[index] == 0x2F { common = index + 1 }
        }
        if index == from.count, index < to.count, to[index] == 0x2F { common = index + 1 }
        if from.isEmpty { common = 0 }
        let remainingFrom = from.count <= common ? [] : from[min(common, from.count)...].split(separator: 0x2F)
        var url = String(repeating: "../", count: from.isEmpty ? 0 : remainingFrom.count)
        url += String(decoding: to[common...], as: UTF8.self)
        if let fragment, !fragment.isEmpty { url += "#" + fragment }
        return url
    }

    public var description: String { "/" + (path.isEmpty ? "" : path + "/") }

    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.path < rhs.path }
}
