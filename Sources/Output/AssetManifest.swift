import Foundation
import SiteModel

/// The published names of the files that pages load: the theme's CSS and JavaScript, and (in a
/// manifest of their own, which `assets/data.js` lists instead of the pages) the scripts the build
/// makes from the content. Each is named by a hash of its bytes
/// (`assets/css/kennisbank.css` -> `assets/css/kennisbank.3f9a1c2e.css`), so a new release never
/// meets a cached file of an old one: hosts let browsers keep files for a while, and a page of
/// one release with the stylesheet or search index of another shows wrong styles or results.
///
/// Templates and scripts ask the manifest for a file by its plain path (the path the theme or
/// the build gives it); nothing else in the build knows the hashed names. A generator step that
/// adds a file scripts load (definitions, the search index's entry) registers it with `add`.
public struct AssetManifest: Sendable, Hashable {
    /// Plain site path -> published site path.
    public private(set) var paths: [String: String] = [:] {
        didSet { scriptsJSON = Self.json(paths.filter { $0.key.hasSuffix(".js") }) }
    }
    /// The entries scripts may load themselves (every `.js` file), as a JSON object of plain ->
    /// published site paths, sorted, safe inside `<script type="application/json">`; the same on
    /// every page, so it is made once.
    public private(set) var scriptsJSON = "{}"
    /// False for `kennisbank serve`, whose server forbids caching and which writes the search index
    /// after the changed page: every file keeps its plain name.
    public let hashesNames: Bool

    /// Number of hex digits of the SHA-256 in a name: 32 bits tell releases apart, and a name
    /// stays short enough to read in a page's source.
    public static let hashLength = 8

    /// An empty manifest.
    public init(hashesNames: Bool) { self.hashesNames = hashesNames }

    /// Registers the file at `path`, whose bytes `contents` gives; returns the path it is published under.
    @discardableResult
    public mutating func add(_ path: String, contents: () throws -> [UInt8]) rethrows -> String {
        // Without hashing the bytes are not needed (the dev server registers the search index
        // before it is written).
        let published = hashesNames ? Self.hashedPath(path, hash: String(SHA256.hex(try contents()).prefix(Self.hashLength))) : path
        paths[path] = published
        return published
    }

    /// Where the file at `path` is published; the plain path for a file nobody registered.
    public func published(_ path: String) -> String { paths[path] ?? path }

    /// Whether a file with this name is named by its content: only what pages load, CSS and
    /// JavaScript. Images and fonts keep their names, so `url()` in a stylesheet still finds them.
    public static func isHashed(_ path: String) -> Bool {
        path.hasSuffix(".css") || path.hasSuffix(".js")
    }

    /// `assets/css/kennisbank.css` with hash `3f9a1c2e` -> `assets/css/kennisbank.3f9a1c2e.css`.
    static func hashedPath(_ path: String, hash: String) -> String {
        let nameStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[nameStart...].lastIndex(of: "."), dot != nameStart else { return path + "." + hash }
        return String(path[..<dot]) + "." + hash + String(path[dot...])
    }

    /// The manifest as templates see it: nested by folder, each file by its name with dots written
    /// as underscores (Mustache splits names at dots), and the URL from `prefix` (a page's root
    /// prefix, `../../`, or the base path on the 404 page) as its value:
    /// `{{asset.assets.css.kennisbank_css}}`, `{{asset.search-index_js}}`.
    public func templateValue(prefix: String) -> [String: Any] {
        var tree: [String: Any] = [:]
        for (path, published) in paths {
            let parts = path.split(separator: "/").map(String.init)
            Self.insert(prefix + published, at: parts[...], into: &tree)
        }
        return tree
    }

    private static func insert(_ url: String, at parts: ArraySlice<String>, into tree: inout [String: Any]) {
        guard let first = parts.first else { return }
        if parts.count == 1 {
            tree[first.replacingOccurrences(of: ".", with: "_")] = url
            return
        }
        var child = tree[first] as? [String: Any] ?? [:]
        insert(url, at: parts.dropFirst(), into: &child)
        tree[first] = child
    }

    private static func json(_ entries: [String: String]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        // '<' escaped so that no file name can end the script element early.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
