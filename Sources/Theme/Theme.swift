import Foundation
import SiteModel

/// The templates and assets a site is rendered with: the default theme, overridden file by file by
/// the site's own `themes/<name>/`.
public struct Theme: Sendable {
    /// Template name (path below `templates/` without `.mustache`) -> source text and file.
    public let templates: [String: (text: String, file: String)]
    /// Asset path below `assets/` -> absolute file URL, sorted by path.
    public let assets: [(path: String, source: URL)]

    /// Loads the default theme and the overrides in `overrideFolder`, if it exists.
    public init(defaultFolder: URL, overrideFolder: URL?) throws {
        var templates: [String: (String, String)] = [:]
        var assets: [String: URL] = [:]
        for folder in [defaultFolder, overrideFolder].compactMap({ $0 }) {
            for (relative, url) in Self.files(in: folder.appendingPathComponent("templates")) where relative.hasSuffix(".mustache") {
                let name = String(relative.dropLast(".mustache".count))
                templates[name] = (try String(contentsOf: url, encoding: .utf8), url.path)
            }
            for (relative, url) in Self.files(in: folder.appendingPathComponent("assets")) {
                assets[relative] = url
            }
        }
        self.templates = templates
        self.assets = assets.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Regular files below `folder` as (relative path, URL), sorted.
    static func files(in folder: URL) -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        let prefix = folder.standardizedFileURL.path + "/"
        var result: [(String, URL)] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { result.append((String(path.dropFirst(prefix.count)), url)) }
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
