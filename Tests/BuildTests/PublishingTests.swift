import Build
import Configuration
import Foundation
import History
import SiteModel
import Testing

/// What a site needs on static hosting: a base URL given per run, canonical links, robots.txt,
/// a 404 page that works at any depth, content-hashed asset names, dates and edit links.
@Suite struct PublishingTests {
    static let site = BuildPipelineTests.site

    func build(_ fixture: String = Self.site, baseURL: BaseURLSetting = .fromConfig, dates: [String: Date] = [:],
               buildDate: Date? = nil) -> BuildResult {
        var options = FixtureSite.options()
        options.baseURL = baseURL
        options.buildDate = buildDate
        return SiteBuilder(options: options, fileSystem: MemoryFileSystem(fixture: fixture), history: FixedSourceHistory(dates)).build()
    }

    /// Every href and src of a page.
    func urls(in html: String) -> [String] {
        html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
    }

    @Test func withoutABaseURLEverythingStaysRelative() throws {
        let result = build()
        #expect(!result.diagnostics.hasErrors, "\(result.formattedDiagnostics)")
        #expect(!result.files.contains { $0.path == "robots.txt" || $0.path == "sitemap.xml" })
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            #expect(!html.contains("rel=\"canonical\""), "\(file.path)")
            for url in urls(in: html) where !url.hasPrefix("#") {
                #expect(!url.hasPrefix("/") && !url.contains("://"), "\(file.path): \(url) is not relative")
            }
        }
        #expect(try FixtureSite.output(result, "404.html").contains("href=\"./zoeken/index.html\""))
    }

    @Test func aGivenBaseURLAddsCanonicalLinksRobotsAndASitemap() throws {
        let result = build(baseURL: .given("HTTPS://Example.org:8443/kennis bank", origin: "--base-url"))
        // The value is quoted like a source line, with a caret under the problem.
        #expect(result.formattedDiagnostics.hasPrefix("""
            --base-url:1:32: fout: er mag geen spatie in het adres staan
                HTTPS://Example.org:8443/kennis bank
                                               ^
            """), "\(result.formattedDiagnostics)")
        #expect(result.failed(strict: false))

        let good = build(baseURL: .given("HTTPS://Example.org:8443/kennisbank", origin: "KENNISBANK_BASE_URL"),
                         dates: ["content/a/een.md": Date(timeIntervalSince1970: 1_796_169_600)])
        #expect(good.diagnostics.isEmpty, "\(good.formattedDiagnostics)")
        #expect(try FixtureSite.output(good, "a/een/index.html").contains("<link rel=\"canonical\" href=\"https://example.org:8443/kennisbank/a/een/\">"))
        #expect(try FixtureSite.output(good, "index.html").contains("<link rel=\"canonical\" href=\"https://example.org:8443/kennisbank/\">"))
        #expect(try FixtureSite.output(good, "robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org:8443/kennisbank/sitemap.xml\n")
        let sitemap = try FixtureSite.output(good, "sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://example.org:8443/kennisbank/a/een/</loc><lastmod>2026-12-02</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org:8443/kennisbank/a/twee/</loc></url>"), "no date, no lastmod")
    }

    @Test func theCommandLineWinsOverTheEnvironmentAndTheConfig() {
        #expect(BaseURLSetting.from(option: "https://a.nl/", environment: ["KENNISBANK_BASE_URL": "https://b.nl/"])
                == .given("https://a.nl/", origin: "--base-url"))
        #expect(BaseURLSetting.from(option: nil, environment: ["KENNISBANK_BASE_URL": "https://b.nl/"])
                == .given("https://b.nl/", origin: "KENNISBANK_BASE_URL"))
        #expect(BaseURLSetting.from(option: nil, environment: ["KENNISBANK_BASE_URL": ""]) == .fromConfig)
        let config = "-- kennisbank.yml --\nbaseURL: https://config.nl/\n" + Self.site
        #expect(build(config).files.contains { $0.path == "robots.txt" })
        let overridden = build(config, baseURL: .given("https://cli.nl/x/", origin: "--base-url"))
        #expect((try? FixtureSite.output(overridden, "robots.txt"))?.contains("https://cli.nl/x/sitemap.xml") == true)
        #expect(!build(config, baseURL: .none).files.contains { $0.path == "robots.txt" })
    }

    @Test func the404PageWorksAtAnyDepth() throws {
        let html = try FixtureSite.output(build(baseURL: .given("https://example.org/kennisbank/", origin: "--base-url")), "404.html")
        #expect(!html.contains("<base"))
        #expect(!html.contains("rel=\"canonical\""), "a 404 page is served at every address, so it has no canonical one")
        #expect(html.contains("data-root=\"/kennisbank/\""))
        for url in urls(in: html) where !url.hasPrefix("#") {
            #expect(url.hasPrefix("/kennisbank/"), "\(url) would break three folders deep")
        }
        #expect(html.contains("href=\"/kennisbank/zoeken/index.html\">Zoeken in de kennisbank"))
        #expect(html.contains("href=\"#inhoud\""), "the skip link stays on the page")
    }

    @Test func pagesLoadAssetsAndTheSearchIndexByContentHashedNames() throws {
        let result = build()
        let page = try FixtureSite.output(result, "a/een/index.html")
        let index = try #require(result.files.first { $0.path.hasPrefix("search-index.") })
        #expect(index.path.wholeMatch(of: /search-index\.[0-9a-f]{8}\.js/) != nil)
        // Search loads the index when a reader first uses it (issue #20), so no page names it in a <script src>.
        #expect(!page.contains("<script src=\"../../\(index.path)\""))
        #expect(!page.contains(index.path), "no page names the index: its name changes with every edit")
        #expect(try FixtureSite.output(result, "assets/data.js") == "window.KENNISBANK_DATA = {\"search-index.js\":\"\(index.path)\"};\n",
                "scripts find it in assets/data.js, whose name stays the same")
        let stylesheet = try #require(page.firstMatch(of: /href="\.\.\/\.\.\/(assets\/css\/kennisbank\.[0-9a-f]{8}\.css)"/)?.output.1)
        #expect(result.copies.contains { $0.path == String(stylesheet) })
        #expect(!page.contains("assets/css/kennisbank.css\""))
        // A changed page changes the index and its name, but not the other pages.
        let edited = build(Self.site.replacingOccurrences(of: "Tekst.", with: "Tekst over woningmarktdiscriminatie."))
        #expect(!edited.files.contains { $0.path == index.path })
        for path in ["index.html", "a/twee/index.html", "404.html"] {
            #expect(try FixtureSite.output(edited, path) == FixtureSite.output(result, path), "\(path) changed with another page's text")
        }
        #expect(try FixtureSite.output(edited, "assets/data.js") != FixtureSite.output(result, "assets/data.js"))
    }

    @Test func pagesShowWhenTheirSourceLastChanged() throws {
        let dated = build(dates: ["content/a/een.md": Date(timeIntervalSince1970: 1_796_169_600)])
        #expect(try FixtureSite.output(dated, "a/een/index.html").contains(
            "<p class=\"page-meta\">Laatst bijgewerkt op <time datetime=\"2026-12-02\">2 december 2026</time></p>"))
        #expect(!(try FixtureSite.output(dated, "a/twee/index.html")).contains("Laatst bijgewerkt"), "no date, no line")
        // SOURCE_DATE_EPOCH stands in for files without a date of their own.
        let fallback = build(dates: ["content/a/een.md": Date(timeIntervalSince1970: 1_796_169_600)],
                             buildDate: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(try FixtureSite.output(fallback, "a/een/index.html").contains("2 december 2026"))
        #expect(try FixtureSite.output(fallback, "a/twee/index.html").contains("<time datetime=\"2026-11-18\">18 november 2026</time>"))
        #expect(!(try FixtureSite.output(fallback, "zoeken/index.html")).contains("Laatst bijgewerkt"), "a page without a source has no date")
    }

    @Test func editURLLinksEveryPageToItsSource() throws {
        let fixture = "-- kennisbank.yml --\neditURL: https://gitlab.com/org/repo/-/edit/main\n" + Self.site
            + "\n-- content/a/één keer.md --\n---\ntitle: Eén keer\n---\nTekst.\n"
        let result = build(fixture)
        #expect(!result.diagnostics.hasErrors, "\(result.formattedDiagnostics)")
        #expect(try FixtureSite.output(result, "a/een/index.html").contains(
            "<a href=\"https://gitlab.com/org/repo/-/edit/main/content/a/een.md\">Bewerk deze pagina</a>"))
        let encoded = try #require(result.files.first { $0.path.hasPrefix("a/") && $0.path.contains("keer") })
        #expect(String(decoding: encoded.data, as: UTF8.self).contains("/-/edit/main/content/a/%C3%A9%C3%A9n%20keer.md\""))
        #expect(!(try FixtureSite.output(result, "404.html")).contains("Bewerk deze pagina"))
    }
}
