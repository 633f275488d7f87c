import Build
import Foundation
import Reporting
import SiteModel

/// The warnings of a build that still serves, at the bottom of every page in the browser: the
/// site works, but `check` and the pipeline refuse it until they are fixed ('moet opgelost zijn
/// voor publicatie'). Each warning as the terminal shows it, with file and line; a button hides
/// the banner until the warnings change (`data-key`).
struct WarningBanner: Sendable, Equatable {
    /// The banner element, or "" when there are no warnings (the script then removes it).
    let fragment: String

    init(diagnostics: [Diagnostic], sources: [String: String], language: Language, limit: Int = DiagnosticFormatter.defaultLimit) {
        let warnings = diagnostics.filter { $0.severity == .warning }.sorted()
        guard !warnings.isEmpty else {
            fragment = ""
            return
        }
        let shown = Array(warnings.prefix(max(limit, 0)))
        let formatter = DiagnosticFormatter(sources: sources, language: language)
        let label = HTMLEscaping.escape(Message.bannerLabel().text(language))
        var html = "<section id=\"\(ReloadScript.bannerID)\" class=\"kb-serve-banner\" aria-label=\"\(label)\""
        html += " data-key=\"\(ContentHash(warnings.map { "\($0.location) \($0.message.english)" }.joined(separator: "\n")))\">"
        html += "<div class=\"kb-serve-banner__head\"><h2>" + HTMLEscaping.escape(Message.bannerTitle(warnings.count).text(language)) + "</h2>"
        html += "<button type=\"button\">" + HTMLEscaping.escape(Message.bannerHide().text(language)) + "</button></div>"
        html += "<p>" + HTMLEscaping.escape(Message.bannerIntro().text(language)) + "</p>"
        html += "<ul>" + formatter.parts(shown).map { "<li>" + ErrorOverlay.items([$0]) + "</li>" }.joined() + "</ul>"
        if warnings.count > shown.count {
            html += "<p>" + HTMLEscaping.escape(formatter.hiddenSummary(warnings[shown.count...])) + "</p>"
        }
        html += "</section>"
        fragment = html
    }

    /// The fragment as a JSON string, for the `warnings` event.
    var eventData: String { ErrorOverlay.json(fragment) }
}
