import Build
import Foundation
import Rendering
import Reporting
import SiteModel

/// How a failed build looks in the browser: every diagnostic as the terminal shows it
/// (`file:line:column: fout: message`, the source line with a caret, the hint), over the page, in
/// the site's language. Classes only, styled by `ServeAssets.stylesheet`: no `style` attributes.
struct ErrorOverlay: Sendable {
    /// The overlay element, for the `errors` event.
    let fragment: String
    /// A whole page with the overlay and the reload script, served for every HTML request while
    /// the build fails.
    let page: String

    init(diagnostics: [Diagnostic], sources: [String: String], strict: Bool, language: Language = .english,
         limit: Int = DiagnosticFormatter.defaultLimit) {
        let failing = diagnostics.filter { $0.severity == .error || (strict && $0.severity == .warning) }.sorted()
        let shown = Array(failing.prefix(max(limit, 0)))
        let formatter = DiagnosticFormatter(sources: sources, language: language)
        let counts = Message.failingCounts(errors: failing.errorCount, warnings: failing.warningCount)
        var html = "<div id=\"\(ReloadScript.overlayID)\" class=\"kb-serve-overlay\" role=\"alert\" tabindex=\"-1\">"
        html += "<h1>" + HTMLEscaping.escape(Message.overlayTitle(counts).text(language)) + "</h1>"
        html += "<p>" + HTMLEscaping.escape(Message.overlayIntro().text(language)) + "</p>"
        html += Self.items(formatter.parts(shown))
        if failing.count > shown.count {
            html += "<p>" + HTMLEscaping.escape(formatter.hiddenSummary(failing[shown.count...])) + "</p>"
        }
        html += "</div>"
        fragment = html
        page = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n" + ContentSecurityPolicy.metaElement + "\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>" + HTMLEscaping.escape(Message.overlayPageTitle().text(language)) + "</title>\n"
            + "<link rel=\"stylesheet\" href=\"\(ReloadScript.stylesheetPath)\">\n</head>\n<body>\n<main>\n"
            + html + "\n</main>\n" + ReloadScript.html + "\n</body>\n</html>\n"
    }

    /// One box per diagnostic: its first line, the quoted source with the caret, the hint.
    static func items(_ parts: [DiagnosticFormatter.Parts]) -> String {
        var html = ""
        for part in parts {
            html += "<div class=\"kb-serve-item\"><p><strong>" + HTMLEscaping.escape(part.heading) + "</strong></p>"
            // Focusable: a long line scrolls sideways on a phone, which keyboard users must be able to do too.
            if !part.code.isEmpty { html += "<pre tabindex=\"0\">" + HTMLEscaping.escape(part.code.joined(separator: "\n")) + "</pre>" }
            if let hint = part.hint { html += "<p>" + HTMLEscaping.escape(hint) + "</p>" }
            html += "</div>"
        }
        return html
    }

    /// The fragment as a JSON string, one line, for the event's data.
    var eventData: String { Self.json(fragment) }

    /// `text` as a JSON string on one line.
    static func json(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
