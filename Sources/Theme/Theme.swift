import Foundation
import SiteModel

/// The templates and assets a site is rendered with: the default theme, overridden file by file by
/// the site's own `themes/<name>/`.
public struct Theme: Sendable {
    /// Template name (path below `templates/` without `.mustache`) -> source text and file.
    public let templates: [String: (text: String, file: String)]
    /// Asset path below `assets/` -> the file in its theme folder, sorted by path.
    public let assets: [(path: String, source: SourceFile)]
    /// Symbolic links, FIFOs and the like in the theme folders, which are never read: one error each.
    public let refused: [Diagnostic]
    /// The interface texts below `texts/` (`nl.yml`, `en.yml`): the default theme's first, then the
    /// site theme's, which override single texts (`InterfaceTextsLoader`).
    public let textFiles: [TextFile]

    /// One `texts/<language>.yml` of a theme folder.
    public struct TextFile: Sendable {
        /// The language code, the file's name without `.yml`.
        public let language: String
        public let text: String
        /// The file as diagnostics show it.
        public let file: String
        /// True for the built-in theme's file, false for the site theme's.
        public let isDefault: Bool
    }

    /// Loads the default theme and the overrides in `overrideFolder`, if it exists. Paths in
    /// diagnostics are relative to `siteRoot` when a folder lies inside it.
    public init(defaultFolder: URL, overrideFolder: URL?, siteRoot: URL? = nil) throws {
        var templates: [String: (String, String)] = [:]
        var assets: [String: SourceFile] = [:]
        var refused: [Diagnostic] = []
        var textFiles: [TextFile] = []
        for folder in [defaultFolder, overrideFolder].compactMap({ $0 }) {
            // A folder inside the site is read from the site root, so that a link at `themes/` or
            // `themes/<name>` is refused like one further down.
            let (base, below, shown) = Self.place(of: folder, siteRoot: siteRoot)
            let templateFiles = SafeFile.list(below + "templates", under: base.path, shownPrefix: shown)
            let assetFiles = SafeFile.list(below + "assets", under: base.path, shownPrefix: shown)
            refused += (templateFiles.refused + assetFiles.refused).map(\.diagnostic)
            for path in templateFiles.files where path.hasSuffix(".mustache") {
                let name = String(path.dropFirst(below.count + "templates/".count).dropLast(".mustache".count))
                let data: Data
                do { data = try SafeFile.read(path, under: base.path, shownPrefix: shown) } catch let refusal as FileRefusal {
                    refused.append(refusal.diagnostic)
                    continue
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw Diagnostic.error(SourceLocation(file: shown + path), .fileNotUTF8(), hint: .saveAsUTF8Hint())
                }
                templates[name] = (text, base.appendingPathComponent(path).path)
            }
            let texts = SafeFile.list(below + "texts", under: base.path, shownPrefix: shown)
            refused += texts.refused.map(\.diagnostic)
            for path in texts.files.sorted() where path.hasSuffix(".yml") {
                let language = String(path.dropFirst(below.count + "texts/".count).dropLast(".yml".count))
                guard !language.contains("/") else { continue }
                do {
                    let data = try SafeFile.read(path, under: base.path, shownPrefix: shown)
                    textFiles.append(TextFile(language: language, text: String(decoding: data, as: UTF8.self), file: shown + path,
                                              isDefault: folder == defaultFolder))
                } catch let refusal as FileRefusal {
                    refused.append(refusal.diagnostic)
                }
            }
            for path in assetFiles.files {
                assets[String(path.dropFirst(below.count + "assets/".count))] = SourceFile(folder: base, path: path)
            }
        }
        self.templates = templates
        self.assets = assets.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        self.refused = refused
        self.textFiles = textFiles
    }

    /// Where a theme folder is read from: the site root and the folder's path in it (`themes/x/`),
    /// or the folder itself when it lies outside the site (the built-in theme); and how paths are
    /// shown in diagnostics (relative to the site root, or absolute).
    static func place(of folder: URL, siteRoot: URL?) -> (base: URL, below: String, shown: String) {
        let path = folder.standardizedFileURL.path
        if let root = siteRoot?.standardizedFileURL, path.hasPrefix(root.path + "/") {
            return (root, String(path.dropFirst(root.path.count + 1)) + "/", "")
        }
        return (folder.standardizedFileURL, "", path + "/")
    }
}
