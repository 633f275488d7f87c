import Foundation
import SiteModel

/// Writes `sitemap.xml` and the `robots.txt` that points crawlers at it, for a site published
/// under an absolute base URL.
public enum SitemapWriter {
    /// The sitemap of `entries` (sorted by route): each page's folder URL, and the date its
    /// source last changed (`2026-12-02`) when known.
    public static func sitemap(base: BaseURL, entries: [(route: Route, lastModified: String?)]) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.route < $1.route }) {
            xml += "  <url><loc>\(HTMLEscaping.escape(base.url(entry.route.folderPath)))</loc>"
            if let lastModified = entry.lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }

    /// `robots.txt`: everything may be crawled, and the sitemap is at its absolute URL. Crawlers
    /// only read it at the top of a host, so it matters when the base URL has no folder.
    public static func robots(base: BaseURL) -> OutputFile {
        OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(base.url("sitemap.xml"))\n")
    }
}
