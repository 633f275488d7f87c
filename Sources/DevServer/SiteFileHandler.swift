import FlyingFox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves the output folder and the reload events. Never sends a file from outside the folder:
/// request paths are checked before they touch the disk (`RequestPath`), and the resolved real
/// path of every file must lie inside the folder's real path, so symbolic links cannot lead out.
struct SiteFileHandler: HTTPHandler {
    let output: URL
    let state: ServeState
    let hub: EventHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
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
        let url = path.isEmpty ? output : output.appendingPathComponent(path)
        var candidate = url
        if path.isEmpty || isFolder {
            candidate = url.appendingPathComponent("index.html")
        } else if Self.isFolder(url.path) {
            // Relative links on the page only work from the folder's own URL.
            let location = raw + "/" + (query.isEmpty ? "" : "?" + query)
            let headers: HTTPHeaders = [.location: location, .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        }
        let overlay = state.currentOverlay
        guard let real = Self.realPath(candidate.path), !Self.isFolder(real) else {
            if let overlay { return Self.response(.internalServerError, html: overlay.page, head: head) }
            return notFound(head: head)
        }
        guard let root = Self.realPath(output.path), real.hasPrefix(root + "/") else {
            return Self.response(.forbidden, text: "Forbidden\n", head: head)
        }
        let type = ContentType.of(candidate.path)
        if let overlay, type == ContentType.html {
            return Self.response(.internalServerError, html: overlay.page, head: head)
        }
        guard let data = FileManager.default.contents(atPath: real) else { return notFound(head: head) }
        return Self.response(.ok, data: data, type: type, head: head)
    }

    private func notFound(head: Bool) -> HTTPResponse {
        if let page = FileManager.default.contents(atPath: output.appendingPathComponent("404.html").path) {
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

    /// The path with every symbolic link resolved; nil when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
