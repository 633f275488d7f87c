import Foundation
import SiteModel

/// The files of `content/` as the last rebuild read them. A full scan reads everything, like
/// `ContentDiscovery`; an update re-reads only the paths a file watcher reported, so a rebuild
/// after saving one page reads one file.
package struct ContentSnapshot: Sendable {
    /// Content path (relative to `content/`) -> text of every Markdown file.
    package private(set) var markdown: [String: String] = [:]
    /// Content paths of every other file.
    package private(set) var staticFiles: Set<String> = []
    /// Read errors by root-relative file path (links, FIFOs and unreadable files included).
    private var readErrors: [String: Diagnostic] = [:]
    /// Problems of static files by root-relative path (`StaticFileCheck`).
    private var staticChecks: [String: StaticFileCheck] = [:]
    /// False until the first scan.
    package private(set) var isLoaded = false

    package init() {}

    /// The same diagnostics `ContentDiscovery` gives for the same files, with the static files'
    /// problems under the site's `unsafe` setting.
    package func diagnostics(unsafe: Bool) -> [Diagnostic] {
        if markdown.isEmpty && staticFiles.isEmpty && readErrors.isEmpty {
            return [.error(SourceLocation(file: "content"), .noContent(), hint: .noContentHint())]
        }
        return readErrors.keys.sorted().map { readErrors[$0]! }
            + staticChecks.keys.sorted().flatMap { staticChecks[$0]!.diagnostics(unsafe: unsafe) }
    }

    /// Reads everything below `content/`.
    package mutating func rescan(_ fileSystem: SiteFileSystem) {
        let discovery = ContentDiscovery(fileSystem: fileSystem)
        markdown = Dictionary(uniqueKeysWithValues: discovery.markdown.map { ($0.path, $0.text) })
        staticFiles = Set(discovery.staticFiles)
        staticChecks = discovery.staticChecks
        readErrors = [:]
        for diagnostic in discovery.diagnostics where diagnostic.location.file != "content" || diagnostic.message.id != .noContent {
            readErrors[diagnostic.location.file] = diagnostic
        }
        isLoaded = true
    }

    /// Re-reads the root-relative `paths` below `content/` (files or folders, created, changed or
    /// gone). Paths elsewhere are ignored. Returns the content paths of the Markdown files that
    /// were read or dropped.
    package mutating func update(_ paths: Set<String>, fileSystem: SiteFileSystem) -> Set<String> {
        let before = markdown
        for path in paths.sorted() where path.hasPrefix("content/") {
            forget(path)
            guard !Self.isHidden(path) else { continue }
            let listing = fileSystem.listing(under: path)
            for refused in listing.refused { readErrors[refused.location.file] = refused }
            for file in listing.files { read(file, fileSystem: fileSystem) }
        }
        var touched: Set<String> = []
        for path in paths where path.hasPrefix("content/") {
            let contentPath = String(path.dropFirst("content/".count))
            let folder = contentPath + "/"
            if before[contentPath] != nil || markdown[contentPath] != nil { touched.insert(contentPath); continue }
            touched.formUnion(before.keys.filter { $0.hasPrefix(folder) })
            touched.formUnion(markdown.keys.filter { $0.hasPrefix(folder) })
        }
        return touched
    }

    /// Drops `path` and everything below it.
    private mutating func forget(_ path: String) {
        let contentPath = String(path.dropFirst("content/".count))
        readErrors[path] = nil
        staticChecks[path] = nil
        // A path that was a file has nothing below it; only folders need the scan.
        if markdown.removeValue(forKey: contentPath) != nil || staticFiles.remove(contentPath) != nil { return }
        let folder = contentPath + "/"
        markdown = markdown.filter { $0.key != contentPath && !$0.key.hasPrefix(folder) }
        staticFiles = staticFiles.filter { $0 != contentPath && !$0.hasPrefix(folder) }
        readErrors = readErrors.filter { $0.key != path && !$0.key.hasPrefix(path + "/") }
        staticChecks = staticChecks.filter { $0.key != path && !$0.key.hasPrefix(path + "/") }
    }

    private mutating func read(_ file: String, fileSystem: SiteFileSystem) {
        let contentPath = String(file.dropFirst("content/".count))
        guard contentPath.hasSuffix(".md") else {
            staticFiles.insert(contentPath)
            let check = StaticFileCheck(file, fileSystem: fileSystem)
            if !check.isEmpty { staticChecks[file] = check }
            return
        }
        do {
            markdown[contentPath] = try fileSystem.text(at: file)
        } catch let error as Diagnostic {
            readErrors[file] = error
        } catch {
            readErrors[file] = .error(SourceLocation(file: file), .fileUnreadable(error.localizedDescription))
        }
    }

    /// True when a folder or file on the path starts with '.', which a full scan skips too.
    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
