import Foundation
import FrontMatter
import SiteModel

/// Reads `kennisbank.yml`, the site's one config file. A site without it gets the defaults.
enum SiteConfigLoader {
    static let keys = ["title", "description", "language", "baseURL", "theme", "unsafe", "autolink", SynonymsLoader.key]

    static func load(from fileSystem: SiteFileSystem) -> (SiteConfig, [Diagnostic]) {
        let file = SiteConfig.fileName
        guard fileSystem.fileExists(at: file) else { return (SiteConfig(), []) }
        let text: String
        do { text = try fileSystem.text(at: file) } catch let error as Diagnostic { return (SiteConfig(), [error]) } catch {
            return (SiteConfig(), [.error(SourceLocation(file: file), "cannot read the config file: \(error)")])
        }
        let node: FrontMatterNode?
        switch FrontMatterParser.parse(text, file: file, firstLine: 1) {
        case .success(let value): node = value
        case .failure(let diagnostic): return (SiteConfig(), [diagnostic])
        }
        var reader = FrontMatterReader(node, at: SourceLocation(file: file, line: 1, column: 1), context: "the site config")
        var config = SiteConfig()
        if let title = reader.string("title") { config.title = title.value }
        if let description = reader.string("description") { config.description = description.value }
        if let language = reader.string("language") { config.language = language.value }
        if let baseURL = reader.string("baseURL") {
            if baseURL.value.hasPrefix("http://") || baseURL.value.hasPrefix("https://") {
                config.baseURL = baseURL.value
            } else {
                reader.report(.error(baseURL.location, "baseURL must be an absolute web address",
                                     hint: "for example 'baseURL: https://kennisbank.amsterdam.nl/'"))
            }
        }
        if let theme = reader.string("theme") { config.theme = theme.value }
        if let unsafe = reader.bool("unsafe") { config.unsafe = unsafe.value }
        if let autolink = reader.bool("autolink") { config.autolink = autolink.value }
        var synonymDiagnostics: [Diagnostic] = []
        config.synonyms = SynonymsLoader.read(reader.node(SynonymsLoader.key), into: &synonymDiagnostics)
        synonymDiagnostics.forEach { reader.report($0) }
        reader.warnUnknownKeys(allowed: keys)
        return (config, reader.diagnostics)
    }
}
