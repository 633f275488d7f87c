import Foundation
import Reporting
import SiteModel

/// What one build (`SiteBuilder.build`) did: diagnostics, the timings of its steps, and how much
/// of the site it had to redo and write.
public struct BuildResult: Sendable {
    /// With `OutputTarget.memory`: the files rendered in this build, sorted by path.
    public var files: [OutputFile] = []
    /// Files copied as they are (theme assets, static content files): source -> output path.
    public var copies: [(source: SourceFile, path: String)] = []
    public var diagnostics: [Diagnostic] = []
    public var timings: [StepTiming] = []
    /// Source texts by root-relative path, for quoting lines in diagnostics.
    public var sources: [String: String] = [:]
    /// Number of content pages of the site.
    public var pageCount = 0
    /// Markdown files parsed (new or changed).
    public var parsedCount = 0
    /// Pages that went through the transform passes.
    public var processedCount = 0
    /// Pages rendered through the theme.
    public var renderedCount = 0
    /// True when every page was rendered (first build, template or site-wide change).
    public var renderedAll = false
    /// True when the inputs were those of the build that wrote the output folder, which still
    /// holds what that build wrote: nothing was parsed, rendered or written.
    public var unchanged = false
    /// Output paths written (their bytes changed) and removed.
    public var written: [String] = []
    public var removed: [String] = []
    /// True when the search index or the print editions changed but were left for
    /// `SiteBuilder.deferredFiles()`.
    public var filesPending = false
    /// Why the output folder could not be written, when it could not: the message of that error
    /// among `diagnostics` (at the output folder's path), which the report shows with the others.
    public var writeError: Message? {
        diagnostics.first { $0.severity == .error && Self.writeFailureIDs.contains($0.message.id) }?.message
    }

    /// The messages of a failed write.
    static let writeFailureIDs: Set<MessageID> = [.writeFailed, .outputNotOurs, .outputHoldsNonFiles]
    /// The language of the site (its `language` in kennisbank.yml), for every text shown about it.
    public var language: Language = .dutch

    /// True when the build must not be published: errors, or warnings unless they are allowed
    /// (`kennisbank build --allow-warnings` and `serve`, which show a site that CI would refuse).
    public func failed(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
    }

    /// The diagnostics formatted for a terminal, sorted, with a summary line.
    public var formattedDiagnostics: String { formattedDiagnostics(limit: DiagnosticFormatter.defaultLimit) }

    /// The same, showing at most `limit` diagnostics in full and counting the rest by kind; without
    /// the counting line when `summary` is false.
    public func formattedDiagnostics(limit: Int, summary: Bool = true) -> String {
        DiagnosticFormatter(sources: sources, language: language).report(diagnostics, limit: limit, summary: summary)
    }

    /// True when the output folder changed.
    public var changedOutput: Bool { !written.isEmpty || !removed.isEmpty }

    /// One line for the terminal, e.g. `Opnieuw gemaakt in 14 ms: 1 gelezen, 1 verwerkt, 1 opgemaakt, 2 geschreven`.
    public var summary: String {
        let milliseconds = Int((timings.map(\.seconds).reduce(0, +) * 1000).rounded())
        return Message.rebuilt(milliseconds: milliseconds, parsed: parsedCount, transformed: processedCount, rendered: renderedCount,
                               all: renderedAll, written: written.count, removed: removed.count, pending: filesPending).text(language)
    }

    /// Milliseconds per step, e.g. `configure 0, discover 1, parse 2, index 0, transform 3, render 9, write 1`.
    public var stepTimes: String {
        timings.map { "\($0.step.name(language)) \(Int(($0.seconds * 1000).rounded()))" }.joined(separator: ", ")
    }
}
