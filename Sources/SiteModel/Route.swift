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

    /// The page's folder URL relative to the site root, as hosts serve it: `definities/racisme/`,
    /// or empty for the home page. Used where an absolute address is wanted (canonical links,
    /// the sitemap); links inside the site end in `index.html` so they also work from a folder.
    public var folderPath: String { path.isEmpty ? "" : path + "/" }

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
        // Works on the strings' UTF-8 in place: this runs dozens of times per page (navigation,
        // breadcrumbs, links), and copying both paths into arrays showed in the profile.
        var path = self.path, file = file
        let slash = UInt8(ascii: "/")
        let (ups, common): (Int, Int) = path.withUTF8 { from in
            file.withUTF8 { to in
                // Length of the common folder prefix, in whole segments.
                var common = 0, index = 0
                while index < from.count, index < to.count, from[index] == to[index] {
                    index += 1
                    if to.count > index, to[index] == slash, index == from.count || from[index] == slash { common = index + 1 }
                }
                if index == from.count, index < to.count, to[index] == slash { common = index + 1 }
                if from.isEmpty { return (0, 0) }
                // Folders of this page below the common prefix: one '../' each.
                var ups = 0, inSegment = false
                for byte in from[min(common, from.count)...] {
                    if byte == slash { inSegment = false } else if !inSegment { inSegment = true; ups += 1 }
                }
                return (ups, common)
            }
        }
        var url = ""
        url.reserveCapacity(ups * 3 + file.utf8.count - common + (fragment.map { $0.utf8.count + 1 } ?? 0))
        for _ in 0..<ups { url += "../" }
        url += file.utf8.count == common ? "" : String(file[file.utf8.index(file.startIndex, offsetBy: common)...])
        if let fragment, !fragment.isEmpty { url += "#" + fragment }
        return url
    }

    public var description: String { "/" + (path.isEmpty ? "" : path + "/") }

    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.path < rhs.path }
}
