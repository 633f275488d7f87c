import Foundation
import SiteModel

/// The files of `content/`, read but not parsed: Markdown sources and static files.
struct ContentDiscovery: Sendable {
    /// Content path (relative to `content/`) -> text, sorted by path.
    var markdown: [(path: String, text: String)] = []
    /// Content paths of every other file.
    var staticFiles: [String] = []
    var diagnostics: [Diagnostic] = []

    init(fileSystem: SiteFileSystem) {
        let files = fileSystem.files(under: "content")
        if files.isEmpty {
            diagnostics.append(.error(SourceLocation(file: "content"), "no content found",
                                      hint: "create content/index.md, or point --root at the folder that holds content/"))
        }
        for file in files {
            let contentPath = String(file.dropFirst("content/".count))
            if contentPath.hasSuffix(".md") {
                do {
                    markdown.append((contentPath, try fileSystem.text(at: file)))
                } catch let error as Diagnostic {
                    diagnostics.append(error)
                } catch {
                    diagnostics.append(.error(SourceLocation(file: file), "cannot read the file: \(error.localizedDescription)"))
                }
            } else {
                staticFiles.append(contentPath)
            }
        }
    }
}
