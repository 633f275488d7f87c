import Build
import Foundation
import SiteModel

/// How a failed build looks in the browser: every diagnostic as the terminal shows it
/// (`file:line:column: error: message`, the source line with a caret, the hint), over the page.
struct ErrorOverlay: Sendable {
    /// The overlay element, for the `errors` event.
    let fragment: String
    /// A whole page with the overlay and the reload script, served for every HTML request while
    /// the build fails.
    let page: String

    init(diagnostics: [Diagnostic], sources: [String: String], strict: Bool, limit: Int = DiagnosticFormatter.defaultLimit) {
        let failing = diagnostics.filter { $0.severity == .error || strict }.sorted()
        let shown = Array(failing.prefix(max(limit, 0)))
        let formatter = DiagnosticFormatter(sources: sources)
        // Classes, not style attributes: the pages' Content-Security-Policy allows no inline style
        // (`ReloadScript.css` styles them).
        let id = ReloadScript.overlayID
        var html = "<div id=\"\(id)\" role=\"alert\">"
        html += "<h1 class=\"\(id)__titel\">The site does not build: " + HTMLEscaping.escape(DiagnosticFormatter.summary(failing)) + "</h1>"
        html += "<p class=\"\(id)__uitleg\">Fix the file and save it; this page comes back by itself.</p>"
        for formatted in formatter.format(shown) {
            let (heading, code, hint) = Self.parts(of: formatted)
            html += "<div class=\"\(id)__fout\"><p><strong>" + HTMLEscaping.escape(heading) + "</strong></p>"
            if !code.isEmpty { html += "<pre>" + HTMLEscaping.escape(code) + "</pre>" }
            if let hint { html += "<p>" + HTMLEscaping.escape(hint) + "</p>" }
            html += "</div>"
        }
        if failing.count > shown.count {
            html += "<p class=\"\(id)__meer\">" + HTMLEscaping.escape(DiagnosticFormatter.hiddenSummary(failing[shown.count...])) + "</p>"
        }
        html += "</div>"
        fragment = html
        page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + ContentSecurityPolicy.metaElement + "\n"
            + "<title>Build failed</title>\n<link rel=\"stylesheet\" href=\"\(ReloadScript.stylePath)\">\n</head>\n<body>\n"
            + html + "\n" + ReloadScript.html + "\n</body>\n</html>\n"
    }

    /// Splits a formatted diagnostic into its first line, the quoted source line with its caret
    /// (already cut to a window around the caret by `DiagnosticFormatter`), and the hint.
    static func parts(of text: String) -> (heading: String, code: String, hint: String?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = lines.removeFirst()
        var hint: String?
        if let last = lines.last, last.hasPrefix("    hint: ") {
            hint = String(last.dropFirst(4))
            lines.removeLast()
        }
        return (heading, lines.map { String($0.dropFirst(4)) }.joined(separator: "\n"), hint)
    }

    /// The fragment as a JSON string, one line, for the event's data.
    var eventData: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(fragment)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
