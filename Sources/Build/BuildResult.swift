import Foundation
import SiteModel

/// What a build produced: files to write, diagnostics, and the timings of its steps.
public struct BuildResult: Sendable {
    /// Generated files (HTML, sitemap, search index, GIFT exports).
    public var files: [OutputFile] = []
    /// Files copied as they are (theme assets, static content files): source -> output path.
    public var copies: [(source: URL, path: String)] = []
    public var diagnostics: [Diagnostic] = []
    public var timings: [StepTiming] = []
    /// Source texts by root-relative path, for quoting lines in diagnostics.
    public var sources: [String: String] = [:]
    /// Number of content pages rendered.
    public var pageCount = 0
    /// Files written while rendering (`SiteBuilder.buildAndWrite`), whose bytes `files` does not keep.
    public var writtenCount = 0

    /// True when the build must not be published: errors, or warnings under `--strict`.
    public func failed(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
    }

    /// The diagnostics formatted for a terminal, sorted, with a summary line.
    public var formattedDiagnostics: String { formattedDiagnostics(limit: DiagnosticFormatter.defaultLimit) }

    /// The same, showing at most `limit` diagnostics in full and counting the rest by kind.
    public func formattedDiagnostics(limit: Int) -> String {
        DiagnosticFormatter(sources: sources).report(diagnostics, limit: limit)
    }
}
