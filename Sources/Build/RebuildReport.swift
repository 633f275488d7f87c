import Foundation
import SiteModel

/// What one `IncrementalBuilder.rebuild` did.
public struct RebuildReport: Sendable {
    /// Diagnostics, sources and timings as a full build gives them; `files` holds only the files
    /// rendered in this round and `copies` every copied file.
    public var result = BuildResult()
    /// Markdown files parsed (new or changed).
    public var parsedCount = 0
    /// Pages that went through the transform passes.
    public var processedCount = 0
    /// Pages rendered through the theme.
    public var renderedCount = 0
    /// True when every page was rendered (first build, template or site-wide change).
    public var renderedAll = false
    /// Output paths written (their bytes changed) and removed.
    public var written: [String] = []
    public var removed: [String] = []
    /// True when the search index changed but was left for `pendingSearchIndex()`.
    public var searchIndexPending = false
    /// Set when the output folder could not be written.
    public var writeError: String?

    /// True when the output folder changed.
    public var changedOutput: Bool { !written.isEmpty || !removed.isEmpty }

    /// One line for the terminal, e.g. `Rebuilt in 14 ms: 1 parsed, 1 transformed, 1 rendered, 2 written`.
    public var summary: String {
        let milliseconds = Int((result.timings.map(\.seconds).reduce(0, +) * 1000).rounded())
        var line = "Rebuilt in \(milliseconds) ms: \(parsedCount) parsed, \(processedCount) transformed, "
        line += renderedAll ? "all \(renderedCount) rendered" : "\(renderedCount) rendered"
        line += ", \(written.count) written"
        if !removed.isEmpty { line += ", \(removed.count) removed" }
        if searchIndexPending { line += " (search index follows)" }
        return line
    }

    /// Milliseconds per step, e.g. `configure 0, discover 1, parse 2, index 0, transform 3, render 9, write 1`.
    public var stepTimes: String {
        result.timings.map { "\($0.step.title.lowercased()) \(Int(($0.seconds * 1000).rounded()))" }.joined(separator: ", ")
    }
}
