import FrontMatter
import SiteModel

extension LinkResolver {
    /// Resolves page paths written in front matter (a quiz question's or a vragenlijst level's
    /// `links`), relative to `page`: the content paths found, each at the place it was written, and
    /// a diagnostic for every path that goes nowhere.
    public func resolvePages(_ links: [Located<String>], from page: Page) -> (pages: [Located<String>], diagnostics: [Diagnostic]) {
        var pages: [Located<String>] = []
        var diagnostics: [Diagnostic] = []
        for link in links {
            let (_, diagnostic, target) = resolve(link.value, isImage: false, from: page, at: link.location)
            if let diagnostic { diagnostics.append(diagnostic) }
            if let target { pages.append(Located(target, at: link.location)) }
        }
        return (pages, diagnostics)
    }
}
