import Build
import Configuration
@testable import DevServer
import Foundation
import Reporting
import Synchronization
import SiteModel
import SiteTestSupport
import Testing

/// The dev server on 127.0.0.1 with a free port, serving a small site from a temporary folder.
@Suite(.serialized) struct DevServerTests {
    /// Starts a server for a fresh copy of the fixture, runs `body`, and stops the server.
    func withServer(_ body: (TestSite, DevServer) async throws -> Void) async throws {
        let site = try TestSite()
        defer { site.delete() }
        let server = DevServer(options: BuildOptions(root: site.root, output: site.url("serve-out")),
                               settings: DevServer.Settings(port: 0, quiet: true), log: { _ in })
        try await server.start()
        do {
            try await body(site, server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func servesFilesWithTheirContentTypes() async throws {
        try await withServer { _, server in
            let expected = [
                "/": "text/html; charset=utf-8",
                "/definities/racisme/index.html": "text/html; charset=utf-8",
                "/definities/racisme/": "text/html; charset=utf-8",
                "/assets/css/kennisbank.css": "text/css; charset=utf-8",
                "/search-index.js": "text/javascript; charset=utf-8",
                "/definities/schema.svg": "image/svg+xml",
                "/toetsen/definities.gift.txt": "text/plain; charset=utf-8",
            ]
            for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
                let response = try await RawHTTP.request(path, port: server.port)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
                #expect(response.headers["cache-control"] == "no-store", "\(path)")
            }
            let home = try await RawHTTP.request("/", port: server.port)
            #expect(home.text.contains(ReloadScript.html), "pages carry the reload script")
            #expect(!home.text.contains("<script>"), "and no inline script, which a Content-Security-Policy would block")
            let script = try await RawHTTP.request(ReloadScript.scriptPath, port: server.port)
            #expect(script.status == 200 && script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains(ReloadScript.eventsPath))
            let styles = try await RawHTTP.request(ReloadScript.stylesheetPath, port: server.port)
            #expect(styles.status == 200 && styles.headers["content-type"] == "text/css; charset=utf-8")
            let folder = try await RawHTTP.request("/definities/racisme?x=1", port: server.port)
            #expect(folder.status == 301 && folder.headers["location"] == "/definities/racisme/?x=1")
            let head = try await RawHTTP.request("/", port: server.port, method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == String(home.body.count))
        }
    }

    @Test func knowsTheContentTypesOfTheSite() {
        let types = ["a.html": "text/html; charset=utf-8", "a.css": "text/css; charset=utf-8",
                     "a.js": "text/javascript; charset=utf-8", "a.json": "application/json", "a.svg": "image/svg+xml",
                     "a.png": "image/png", "a.jpg": "image/jpeg", "A.JPEG": "image/jpeg",
                     "toetsen/x.gift.txt": "text/plain; charset=utf-8", "sitemap.xml": "application/xml",
                     "f.woff2": "font/woff2", "noext": "application/octet-stream", ".hidden": "application/octet-stream"]
        for (path, type) in types { #expect(ContentType.of(path) == type, "\(path)") }
    }

    @Test func answersMissingPagesWithTheSitesNotFoundPage() async throws {
        try await withServer { site, server in
            let response = try await RawHTTP.request("/bestaat-niet/", port: server.port)
            #expect(response.status == 404)
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
            #expect(response.body == FileManager.default.contents(atPath: site.url("serve-out/404.html").path))
            let file = try await RawHTTP.request("/assets/bestaat-niet.css", port: server.port)
            #expect(file.status == 404)
        }
    }

    @Test func neverServesFilesOutsideTheOutputFolder() async throws {
        try await withServer { site, server in
            try site.write("geheim.txt", "GEHEIM-BUITEN-DE-SITE\n")
            let output = site.url("serve-out")
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("link.txt"),
                                                       withDestinationURL: site.url("geheim.txt"))
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("uit"), withDestinationURL: site.root)
            let attempts = ["/../geheim.txt", "/%2e%2e/geheim.txt", "/%2E%2E/geheim.txt", "/..%2fgeheim.txt",
                            "/%2e%2e%2fgeheim.txt", "/definities/..%2f..%2fgeheim.txt", "/.%2e/geheim.txt",
                            "/definities/../../geheim.txt", "/..\\geheim.txt", "/%5c..%5cgeheim.txt", "/link.txt",
                            "/uit/geheim.txt", "/uit/", "/geheim.txt%00.html"]
            for path in attempts {
                let response = try await RawHTTP.request(path, port: server.port)
                #expect(response.status == 403 || response.status == 404, "\(path) gave \(response.status)")
                #expect(!response.text.contains("GEHEIM-BUITEN-DE-SITE"), "\(path) leaked the file")
            }
        }
    }

    @Test func checksRequestPathsBeforeTouchingTheDisk() {
        #expect(RequestPath(raw: "/") == .file("", isFolder: true))
        #expect(RequestPath(raw: "/definities/racisme/index.html") == .file("definities/racisme/index.html", isFolder: false))
        #expect(RequestPath(raw: "/a%20b/") == .file("a b", isFolder: true))
        for raw in ["/../x", "/%2e%2e/x", "/a/%2E%2e/x", "/..%2fx", "/a%2Fb", "/a%5cb", "/a\\b", "/./x", "/%00", "x", "/%zz"] {
            #expect(RequestPath(raw: raw) == .refused, "\(raw)")
        }
    }

    @Test func reloadsTheBrowserWithTheNewPageAfterAnEdit() async throws {
        try await withServer { site, server in
            let events = try await RawHTTP.events(ReloadScript.eventsPath, port: server.port)
            _ = try await events.next("hello")
            try site.edit("content/definities/racisme.md", replacing: "vele vormen", with: "vele vormen, zoals bijvoorbeeldwoord")
            _ = try await events.next("reload")
            let page = try await RawHTTP.request("/definities/racisme/index.html", port: server.port)
            #expect(page.status == 200)
            #expect(page.text.contains("bijvoorbeeldwoord"))
        }
    }

    @Test func showsBuildErrorsUntilTheyAreFixed() async throws {
        try await withServer { site, server in
            let events = try await RawHTTP.events(ReloadScript.eventsPath, port: server.port)
            _ = try await events.next("hello")
            try site.edit("content/hulp/melden.md", replacing: "#wat-het-is", with: "#bestaat-niet")
            let event = try await events.next("errors")
            let overlay = try JSONDecoder().decode(String.self, from: Data(event.utf8))
            #expect(overlay.contains("content/hulp/melden.md:7:94: fout: het anker"), "\(overlay)")
            #expect(!overlay.contains("style="), "styled by the stylesheet, not by attributes a CSP would block")
            let failing = try await RawHTTP.request("/hulp/melden/index.html", port: server.port)
            #expect(failing.status == 500)
            #expect(failing.text.contains("content/hulp/melden.md:7:"))
            #expect(failing.text.contains("fout: het anker &#39;#bestaat-niet&#39; bestaat niet"))
            #expect(failing.text.contains("tip: link naar een van de koppen van content/definities/discriminatie.md (#"))
            #expect(failing.text.contains("<html lang=\"nl\">") && failing.text.contains("<title>Fout in de site</title>"))
            #expect(failing.text.contains("[wat het is](../definities/discriminatie.md#bestaat-niet)"), "the source line is quoted")
            #expect(failing.text.contains(ReloadScript.html), "the overlay page reloads itself too")
            let css = try await RawHTTP.request("/assets/css/kennisbank.css", port: server.port)
            #expect(css.status == 200, "only HTML is replaced by the overlay")

            try site.edit("content/hulp/melden.md", replacing: "#bestaat-niet", with: "#wat-het-is")
            _ = try await events.next("reload")
            let fixed = try await RawHTTP.request("/hulp/melden/index.html", port: server.port)
            #expect(fixed.status == 200)
            #expect(!fixed.text.contains("does not exist"))
        }
    }

    @Test func showsWarningsInABannerWhileThePagesStillServe() async throws {
        try await withServer { site, server in
            let events = try await RawHTTP.events(ReloadScript.eventsPath, port: server.port)
            _ = try await events.next("hello")
            try site.edit("content/hulp/melden.md", replacing: "title:", with: "titel: Melden\ntitle:")
            let banner = try JSONDecoder().decode(String.self, from: Data(try await events.next("warnings").utf8))
            #expect(banner.hasPrefix("<section id=\"kennisbank-waarschuwingen\" class=\"kb-serve-banner\" aria-label=\"Waarschuwingen van kennisbank serve\""))
            #expect(banner.contains("<h2>1 waarschuwing: moet opgelost zijn voor publicatie</h2>"), "\(banner)")
            #expect(banner.contains("content/hulp/melden.md:2:1: waarschuwing: onbekende sleutel &#39;titel&#39;"), "file and line")
            #expect(banner.contains("<button type=\"button\">Verbergen</button>") && !banner.contains("style="))
            let page = try await RawHTTP.request("/hulp/melden/index.html", port: server.port)
            #expect(page.status == 200, "a warning does not stop the page from serving")
            // A tab that opens now gets the banner with its greeting.
            let late = try await RawHTTP.events(ReloadScript.eventsPath, port: server.port)
            _ = try await late.next("hello")
            #expect(try await late.next("warnings").contains("kb-serve-banner"))

            try site.edit("content/hulp/melden.md", replacing: "titel: Melden\n", with: "")
            #expect(try await events.next("warnings") == "\"\"", "the banner goes when the warnings are fixed")
        }
    }

    @Test func movesToTheNextPortWhenItsPortIsTaken() async throws {
        let site = try TestSite()
        defer { site.delete() }
        let first = DevServer(options: BuildOptions(root: site.root, output: site.url("een")),
                              settings: DevServer.Settings(port: 0, quiet: true), log: { _ in })
        try await first.start()
        let lines = LogLines()
        let second = DevServer(options: BuildOptions(root: site.root, output: site.url("twee")),
                               settings: DevServer.Settings(port: first.port, quiet: true), log: { lines.append($0) })
        try await second.start()
        #expect(second.port != first.port && second.port > first.port && second.port <= first.port + 20)
        #expect(lines.all.contains("Poort \(first.port) is al in gebruik (draait 'kennisbank serve' al ergens?); de site staat nu op poort \(second.port)."),
                "\(lines.all)")
        let page = try await RawHTTP.request("/", port: second.port)
        #expect(page.status == 200)
        await second.stop()
        await first.stop()
    }

    @Test func keepsTheCaretUnderTheColumnOfALongLine() {
        let line = String(repeating: "woord ", count: 50) + "[fout](x.md#y) en verder " + String(repeating: "tekst ", count: 30)
        let column = line.distance(from: line.startIndex, to: line.range(of: "[fout]")!.lowerBound) + 1
        let diagnostic = Diagnostic.error(SiteModel.SourceLocation(file: "content/a.md", line: 1, column: column), .fileUnreadable("kapot"), hint: .saveAsUTF8Hint())
        let overlay = ErrorOverlay(diagnostics: [diagnostic], sources: ["content/a.md": line], strict: false)
        let parts = try! #require(DiagnosticFormatter(sources: ["content/a.md": line]).parts([diagnostic]).first)
        #expect(parts.heading == "content/a.md:1:\(column): error: cannot read the file: kapot")
        #expect(parts.hint == "hint: save the file as UTF-8 text in your editor")
        let rows = parts.code
        #expect(rows.count == 2 && rows[0].hasPrefix("...") && rows[0].hasSuffix("..."))
        let caret = rows[1].count - 1
        #expect(Array(rows[0])[caret] == "[", "the caret points at the link: \(rows)")
        #expect(overlay.page.contains("content/a.md:1:\(column): error: cannot read the file: kapot"))
    }

    @Test func stopsCleanlyWithOpenEventStreams() async throws {
        let site = try TestSite()
        defer { site.delete() }
        let output = site.url("tijdelijk")
        let server = DevServer(options: BuildOptions(root: site.root, output: output),
                               settings: DevServer.Settings(port: 0, quiet: true, removeOutputWhenStopped: true), log: { _ in })
        try await server.start()
        let events = try await RawHTTP.events(ReloadScript.eventsPath, port: server.port)
        _ = try await events.next("hello")
        await server.stop()
        await server.waitUntilStopped()
        #expect(!FileManager.default.fileExists(atPath: output.path))
        await #expect(throws: (any Error).self) { try await RawHTTP.request("/", port: server.port) }
    }
}

/// Lines a server logged, collected from its threads.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var all: [String] { lines.withLock { $0 } }
}
