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
        var html = "<div id=\"\(ReloadScript.overlayID)\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;"
        html += "overflow:auto;background:#fff;color:#1a1a1a;padding:2rem;font:16px/1.5 system-ui,sans-serif\">"
        html += "<h1 style=\"color:#b00020;font-size:1.5rem;margin:0 0 1rem\">The site does not build: "
        html += HTMLEscaping.escape(DiagnosticFormatter.summary(failing)) + "</h1>"
        html += "<p style=\"margin:0 0 1rem\">Fix the file and save it; this page comes back by itself.</p>"
        for formatted in formatter.format(shown) {
            let (heading, code, hint) = Self.parts(of: formatted)
            html += "<div style=\"background:#f6f6f6;border-left:4px solid #b00020;padding:.75rem 1rem;margin:0 0 1rem;"
            html += "font:14px/1.45 ui-monospace,monospace\"><p style=\"margin:0;white-space:pre-wrap\"><strong>"
            html += HTMLEscaping.escape(heading) + "</strong></p>"
            if !code.isEmpty {
                html += "<pre style=\"margin:.5rem 0;overflow-x:auto;font:inherit\">" + HTMLEscaping.escape(code) + "</pre>"
            }
            if let hint { html += "<p style=\"margin:0;white-space:pre-wrap\">" + HTMLEscaping.escape(hint) + "</p>" }
            html += "</div>"
        }
        if failing.count > shown.count {
            html += "<p style=\"margin:0\">" + HTMLEscaping.escape(DiagnosticFormatter.hiddenSummary(failing[shown.count...])) + "</p>"
        }
        html += "</div>"
        fragment = html
        page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n</head>\n<body>\n"
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
