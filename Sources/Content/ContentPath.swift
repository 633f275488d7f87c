import Foundation

/// Path arithmetic on paths relative to `content/`.
public enum ContentPath {
    /// The folder of a content path: `definities/racisme.md` gives `definities`.
    public static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Resolves `relative` against `folder`; nil when it climbs above `content/`.
    public static func resolve(_ relative: String, from folder: String) -> String? {
        // On UTF-8 bytes: every link of the site goes through here.
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var result: [UInt8] = []
        result.reserveCapacity(folder.utf8.count + relative.utf8.count + 1)
        if relative.utf8.first != slash { result += folder.utf8 }
        for part in relative.utf8.split(separator: slash, omittingEmptySubsequences: true) {
            if part.count == 1 && part.first == dot { continue }
            if part.count == 2 && part.first == dot && part.last == dot {
                if result.isEmpty { return nil }
                result.removeSubrange((result.lastIndex(of: slash) ?? 0)...)
                continue
            }
            if !result.isEmpty { result.append(slash) }
            result += part
        }
        return String(decoding: result, as: UTF8.self)
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

    /// The path to write in a file in `folder` to reach `path` (both relative to `content/`):
    /// `relative(to: "valkuilen/eigen-rol.md", from: "definities")` is `../valkuilen/eigen-rol.md`.
    public static func relative(to path: String, from folder: String) -> String {
        let from = folder.split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to[common...].map(String.init)).joined(separator: "/")
    }
}
