import Foundation
import SiteModel

/// Writes `sitemap.xml` for the pages of a site under an absolute base URL.
public enum SitemapWriter {
    /// The sitemap of `routes` (sorted), or nil when the site has no base URL.
    public static func sitemap(baseURL: String?, routes: [Route], lastModified: String?) -> OutputFile? {
        guard var base = baseURL?.trimmingCharacters(in: .whitespaces), !base.isEmpty else { return nil }
        if !base.hasSuffix("/") { base += "/" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes.sorted() {
            xml += "  <url><loc>\(HTMLEscaping.escape(base + (route.path.isEmpty ? "" : route.path + "/")))</loc>"
            if let lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }
}
