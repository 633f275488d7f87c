import Build
@testable import DevServer
import Foundation
import Rendering
import SiteModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `kennisbank serve` against other sites and planted files (issue #25): it answers only its own
/// address (DNS rebinding), tells browsers not to guess types, sends no CORS headers, keeps its
/// script out of the pages (the CSP allows no inline script), and never reads a link or a FIFO.
extension DevServerTests {
    @Test func answersOnlyRequestsForItsOwnAddress() async throws {
        try await withServer { _, server in
            let port = server.port
            for host in ["127.0.0.1", "127.0.0.1:\(port)", "localhost", "LOCALHOST:\(port)", "[::1]:\(port)", "[::1]", "192.168.1.20:\(port)"] {
                let response = try await RawHTTP.request("/", port: port, host: host)
                #expect(response.status == 200, "Host: \(host) gave \(response.status)")
            }
            for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.nip.io:\(port)", "localhost.evil.example", "", "[::1",
                         "127.0.0.1:x", "127.0.0.1:\(port)@evil.example", "1.2.3.4.5"] as [String?] + [nil] {
                for path in ["/", ReloadScript.eventsPath, "/definities/racisme/index.html"] {
                    let response = try await RawHTTP.request(path, port: port, host: host)
                    #expect(response.status == 403, "Host: \(host ?? "(none)") \(path) gave \(response.status)")
                    #expect(response.text.hasPrefix("Verboden: kennisbank serve beantwoordt alleen verzoeken aan zijn eigen adres"))
                    #expect(!response.text.contains("Racisme"))
                }
            }
        }
        let named = HostCheck(listeningOn: "kennisbank.test")
        #expect(named.allows("kennisbank.test:8000") && named.allows("KENNISBANK.TEST") && !named.allows("kennisbank.test.evil.example"))
        #expect(HostCheck(listeningOn: "::1").allows("[::1]:8000"))
    }

    @Test func sendsNoSniffAndNoCORSHeaders() async throws {
        try await withServer { _, server in
            for path in ["/", "/assets/css/kennisbank.css", "/bestaat-niet/", "/definities", "/../x", ReloadScript.scriptPath,
                         ReloadScript.stylesheetPath, "/definities/schema.svg"] {
                let response = try await RawHTTP.request(path, port: server.port)
                #expect(response.headers["x-content-type-options"] == "nosniff", "\(path)")
                #expect(!response.headers.keys.contains { $0.hasPrefix("access-control-") }, "\(path): \(response.headers)")
            }
            let refused = try await RawHTTP.request("/", port: server.port, host: "evil.example")
            #expect(refused.headers["x-content-type-options"] == "nosniff")
        }
    }

    @Test func pagesLoadTheReloadScriptAsAFileUnderTheirPolicy() async throws {
        try await withServer { site, server in
            let home = try await RawHTTP.request("/", port: server.port)
            #expect(home.text.contains("<script src=\"\(ReloadScript.scriptPath)\"></script>"))
            #expect(home.text.contains("<meta http-equiv=\"Content-Security-Policy\""))
            #expect(home.text.range(of: #"<script(?![^>]*(src=|type="application/json"))[^>]*>"#, options: .regularExpression) == nil,
                    "a page has an inline script")
            let script = try await RawHTTP.request(ReloadScript.scriptPath, port: server.port)
            #expect(script.status == 200 && script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains(ReloadScript.eventsPath) && script.text.contains(ReloadScript.stylesheetPath))
            let style = try await RawHTTP.request(ReloadScript.stylesheetPath, port: server.port)
            #expect(style.status == 200 && style.headers["content-type"] == "text/css; charset=utf-8")

            try site.edit("content/hulp/melden.md", replacing: "#wat-het-is", with: "#bestaat-niet")
            let events = try await RawHTTP.events(ReloadScript.eventsPath, port: server.port)
            let overlay = try JSONDecoder().decode(String.self, from: Data(try await events.next("errors").utf8))
            #expect(!overlay.contains("style="), "the overlay has style attributes: \(overlay.prefix(200))")
            let failing = try await RawHTTP.request("/hulp/melden/index.html", port: server.port)
            #expect(failing.status == 500)
            #expect(failing.text.contains(ContentSecurityPolicy.metaElement))
            #expect(failing.text.contains("<link rel=\"stylesheet\" href=\"\(ReloadScript.stylesheetPath)\">"))
            #expect(!failing.text.contains("style=") && !failing.text.contains("<script>"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func neverReadsALinkOrAFIFOInTheFolderItServes() async throws {
        try await withServer { site, server in
            let output = site.url("serve-out")
            #expect(mkfifo(output.appendingPathComponent("pijp.html").path, 0o644) == 0)
            let fifo = try await RawHTTP.request("/pijp.html", port: server.port)
            #expect(fifo.status == 403, "a FIFO gave \(fifo.status)")
            try site.write("geheim.txt", "GEHEIM-BUITEN-DE-SITE\n")
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("definities/lek.txt"),
                                                       withDestinationURL: site.url("geheim.txt"))
            let link = try await RawHTTP.request("/definities/lek.txt", port: server.port)
            #expect(link.status == 403 && !link.text.contains("GEHEIM"))
        }
    }

    @Test func aLinkPlantedInContentWhileServingIsAnError() async throws {
        try await withServer { site, server in
            let events = try await RawHTTP.events(ReloadScript.eventsPath, port: server.port)
            _ = try await events.next("hello")
            try site.write("geheim.txt", "GEHEIM-BUITEN-DE-SITE\n")
            try FileManager.default.createSymbolicLink(at: site.url("content/definities/lek.png"), withDestinationURL: site.url("geheim.txt"))
            let overlay = try JSONDecoder().decode(String.self, from: Data(try await events.next("errors").utf8))
            // In Dutch, what it is and what to do: the site's language is nl.
            #expect(overlay.contains("content/definities/lek.png: fout: dit is een snelkoppeling (symbolische link) naar"), "\(overlay.prefix(300))")
            #expect(overlay.contains("kennisbank leest alleen gewone bestanden en mappen"), "\(overlay.prefix(600))")
            #expect(overlay.contains("zet op deze plek een kopie van het bestand in plaats van de link"), "\(overlay.prefix(600))")
            #expect(!overlay.contains("GEHEIM"))
            let file = try await RawHTTP.request("/definities/lek.png", port: server.port)
            #expect(!file.text.contains("GEHEIM"))
        }
    }
}
