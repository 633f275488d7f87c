import Content
import Discovery
import Foundation
import Pages
import SiteModel

/// What the parse step keeps between builds: every Markdown file of `content/` as last parsed,
/// with its text (for quoting lines in diagnostics) and its loader diagnostics.
struct ParsedSources: Sendable {
    /// Content path -> the file as last parsed.
    private(set) var sources: [String: CachedSource] = [:]
    /// Root-relative path -> text, for quoting lines in diagnostics.
    private(set) var sourceTexts: [String: String] = [:]
    /// Loader diagnostics of the files that have any.
    private(set) var loaderDiagnostics: [String: [Diagnostic]] = [:]

    /// Parses new and changed Markdown files of `snapshot` among `touched` (all when nil) and forgets
    /// removed ones. Returns the content paths parsed or removed, and their versions from before.
    mutating func parse(_ touched: Set<String>?, snapshot: ContentSnapshot) -> (parsed: Set<String>, previous: [String: CachedSource]) {
        var candidates: [String]
        var previous: [String: CachedSource] = [:]
        if let touched {
            candidates = touched.sorted()
        } else {
            candidates = snapshot.markdown.keys.sorted()
            for path in sources.keys where snapshot.markdown[path] == nil { candidates.append(path) }
        }
        var changed: [(path: String, text: String)] = []
        var changedPaths: Set<String> = []
        for path in candidates {
            let text = snapshot.markdown[path]
            guard sources[path]?.text != text else { continue }
            changedPaths.insert(path)
            previous[path] = sources[path]
            if let text { changed.append((path, text)) } else {
                sources[path] = nil
                sourceTexts["content/" + path] = nil
                loaderDiagnostics[path] = nil
            }
        }
        let parsed = changed.parallelMap { CachedSource(contentPath: $0.path, text: $0.text) }
        for (item, source) in zip(changed, parsed) {
            sources[item.path] = source
            sourceTexts["content/" + item.path] = source.text
            loaderDiagnostics[item.path] = source.diagnostics.isEmpty ? nil : source.diagnostics
        }
        return (changedPaths, previous)
    }
}
