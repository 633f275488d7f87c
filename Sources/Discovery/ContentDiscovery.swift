import Foundation
import SiteModel
import StaticFiles

/// The files of `content/`, read but not parsed: Markdown sources and static files.
struct ContentDiscovery: Sendable {
    /// Content path (relative to `content/`) -> text, sorted by path.
    var markdown: [(path: String, text: String)] = []
    /// Content paths of every other file.
    var staticFiles: [String] = []
    /// Problems of static files by root-relative path (`StaticFileCheck`); only files that have any.
    var staticChecks: [String: StaticFileCheck] = [:]
    var diagnostics: [Diagnostic] = []

    init(fileSystem: SiteFileSystem) {
        let listing = fileSystem.listing(under: "content")
        let files = listing.files
        // Links, FIFOs and devices are never read: each is an error at its path.
        diagnostics += listing.refused
        if files.isEmpty && listing.refused.isEmpty {
            diagnostics.append(.error(SourceLocation(file: "content"), .noContent(), hint: .noContentHint()))
        }
        let markdownFiles = files.filter { $0.hasSuffix(".md") }
        let otherFiles = files.filter { !$0.hasSuffix(".md") }
        staticFiles = otherFiles.map { String($0.dropFirst("content/".count)) }
        // Reading is independent per file, so it runs on every core; results keep the sorted order.
        let read = fileSystem.texts(at: markdownFiles)
        for (file, outcome) in zip(markdownFiles, read) {
            switch outcome {
            case .success(let text): markdown.append((String(file.dropFirst("content/".count)), text))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        for (file, check) in zip(otherFiles, otherFiles.parallelMap { StaticFileCheck($0, fileSystem: fileSystem) }) where !check.isEmpty {
            staticChecks[file] = check
        }
    }
}
