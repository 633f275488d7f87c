import FlyingFox
import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#endif

/// Serves the output folder and the reload events. Never sends a file from outside the folder:
/// request paths are checked before they touch the disk (`RequestPath`), and files are opened
/// without following a symbolic link anywhere below the folder and only when they are ordinary
/// files (`SafeFile`), so neither a link nor a FIFO put into the folder is ever read. Answers only
/// requests for its own address (`HostCheck`), tells browsers not to guess types (`nosniff`), and
/// sends no CORS headers, so other sites' pages cannot read it.
struct SiteFileHandler: HTTPHandler {
    let output: URL
    let state: ServeState
    let hub: EventHub
    let hosts: HostCheck

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        Self.secured(answer(request))
    }

    private func answer(_ request: HTTPRequest) -> HTTPResponse {
        guard hosts.allows(request.headers[.host]) else {
            return Self.response(.forbidden, text: """
                Verboden: kennisbank serve beantwoordt alleen verzoeken aan zijn eigen adres (127.0.0.1, localhost, \
                [::1] of het adres na --host). Open het adres dat kennisbank serve in de terminal toont.

                """, head: false)
        }
        guard request.method == .GET || request.method == .HEAD else {
            return Self.response(.methodNotAllowed, text: "Only GET and HEAD are served.\n", head: false)
        }
        let head = request.method == .HEAD
        let raw = request.target.path()
        if raw == ReloadScript.eventsPath { return events() }
        if raw == ReloadScript.scriptPath {
            return Self.response(.ok, data: Data(ServeAssets.script.utf8), type: ContentType.of("serve.js"), head: head)
        }
        if raw == ReloadScript.stylesheetPath {
            return Self.response(.ok, data: Data(ServeAssets.stylesheet.utf8), type: ContentType.of("serve.css"), head: head)
        }
        switch RequestPath(raw: raw) {
        case .refused:
            return Self.response(.forbidden, text: "Forbidden\n", head: head)
        case .file(let path, let isFolder):
            return serve(path, isFolder: isFolder, raw: raw, query: request.target.query(), head: head)
        }
    }

    private func serve(_ path: String, isFolder: Bool, raw: String, query: String, head: Bool) -> HTTPResponse {
        var file = path
        if path.isEmpty || isFolder {
            file = path.isEmpty ? "index.html" : path + "/index.html"
        } else if SafeFile.isFolder(output.path + "/" + path) {
            // Relative links on the page only work from the folder's own URL.
            let location = raw + "/" + (query.isEmpty ? "" : "?" + query)
            let headers: HTTPHeaders = [.location: location, .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        }
        let overlay = state.currentOverlay
        let type = ContentType.of(file)
        let data: Data
        do {
            data = try SafeFile.read(file, under: output.path)
        } catch is FileRefusal {
            return Self.response(.forbidden, text: "Forbidden\n", head: head)
        } catch {
            if let overlay { return Self.response(.internalServerError, html: overlay.page, head: head) }
            return notFound(head: head)
        }
        if let overlay, type == ContentType.html {
            return Self.response(.internalServerError, html: overlay.page, head: head)
        }
        return Self.response(.ok, data: data, type: type, head: head)
    }

    private func notFound(head: Bool) -> HTTPResponse {
        if let page = try? SafeFile.read("404.html", under: output.path) {
            return Self.response(.notFound, data: page, type: ContentType.html, head: head)
        }
        return Self.response(.notFound, text: "Not found\n", head: head)
    }

    private func events() -> HTTPResponse {
        var greeting = EventHub.format(event: "hello", data: state.buildID)
        // A tab that connects while the build fails sees the errors at once, and the warnings.
        if let overlay = state.currentOverlay { greeting += EventHub.format(event: "errors", data: overlay.eventData) }
        let banner = state.currentBanner
        if !banner.fragment.isEmpty { greeting += EventHub.format(event: "warnings", data: banner.eventData) }
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store", .connection: "keep-alive"],
            body: HTTPBodySequence(from: hub.subscribe(greeting: greeting)))
    }

    /// Every response: the browser must not guess another type than the one sent (a text file
    /// taken for HTML would run as a page of the site).
    static func secured(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return response
    }

    static func response(_ status: HTTPStatusCode, data: Data, type: String, head: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        headers[.contentLength] = String(data.count)
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : data)
    }

    static func response(_ status: HTTPStatusCode, html: String, head: Bool) -> HTTPResponse {
        response(status, data: Data(html.utf8), type: ContentType.html, head: head)
    }

    static func response(_ status: HTTPStatusCode, text: String, head: Bool) -> HTTPResponse {
        response(status, data: Data(text.utf8), type: "text/plain; charset=utf-8", head: head)
    }
}
