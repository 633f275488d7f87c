import Foundation
import SiteModel

/// Prints diagnostics the way compilers do: `file:line:column: error: message`, the offending line
/// with a caret under the column, and a hint on how to fix it.
public struct DiagnosticFormatter: Sendable {
    /// How many diagnostics a report shows in full unless told otherwise (`--max-diagnostics`).
    public static let defaultLimit = 200
    /// Characters of a long source line shown before the caret, and in all.
    static let window = (before: 40, width: 120)
    /// Characters of a message or hint shown; they can quote a whole line of the author's text.
    static let maxTextLength = 500

    /// Source texts by root-relative path, for quoting the offending line.
    public var sources: [String: String]

    /// Creates a formatter that can quote lines from `sources`.
    public init(sources: [String: String]) { self.sources = sources }

    /// One diagnostic, over several lines. A long source line is cut to a window around the caret.
    public func format(_ diagnostic: Diagnostic) -> String {
        var lines = SourceLines()
        return format(diagnostic, lines: &lines)
    }

    /// Each of `diagnostics` as `format` gives it. Thousands of diagnostics in one large file each
    /// quote a line: finding each by scanning the file from its start grew with their number times
    /// the file's size, so the line starts found are kept for the next one.
    public func format(_ diagnostics: [Diagnostic]) -> [String] {
        var lines = SourceLines()
        return diagnostics.map { format($0, lines: &lines) }
    }

    /// `format`, finding the line in `lines`, which remembers where the lines of a file start.
    private func format(_ diagnostic: Diagnostic, lines: inout SourceLines) -> String {
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(Self.shortened(diagnostic.message))"
        if let line = lines.line(diagnostic.location, in: sources) {
            // Columns count Unicode scalars, as in `SourceLocation`; the view is walked only as far
            // as the caret and the window need, because a line can be a megabyte long.
            let scalars = line.unicodeScalars
            let caret = diagnostic.location.column > 0
                ? scalars.index(scalars.startIndex, offsetBy: diagnostic.location.column - 1, limitedBy: scalars.endIndex) ?? scalars.endIndex
                : nil
            var start = scalars.startIndex, end = scalars.endIndex
            if let cut = scalars.index(start, offsetBy: Self.window.width, limitedBy: end), cut < end {
                start = caret.flatMap { scalars.index($0, offsetBy: -Self.window.before, limitedBy: scalars.startIndex) } ?? start
                end = scalars.index(start, offsetBy: Self.window.width, limitedBy: end) ?? end
            }
            // ASCII dots: an ellipsis character can be wider than a monospace cell and shift the caret.
            let lead = start > scalars.startIndex ? "..." : ""
            let excerpt = lead + String(scalars[start..<end]) + (end < scalars.endIndex ? "..." : "")
            text += "\n    " + excerpt.replacingOccurrences(of: "\t", with: "    ")
            if let caret {
                let width = (lead + String(scalars[start..<max(start, min(caret, end))])).replacingOccurrences(of: "\t", with: "    ").unicodeScalars.count
                text += "\n    " + String(repeating: " ", count: width) + "^"
            }
        }
        if let hint = diagnostic.hint { text += "\n    hint: " + Self.shortened(hint) }
        return text
    }

    /// The diagnostics sorted by place, then a one-line summary. With more than `limit`, only
    /// `limit` are shown in full (errors before warnings), and one line counts the rest by kind.
    public func report(_ diagnostics: [Diagnostic], limit: Int = defaultLimit) -> String {
        let sorted = diagnostics.sorted()
        var shown = sorted
        var lines: [String] = []
        if sorted.count > limit {
            shown = Array(sorted.filter { $0.severity == .error } + sorted.filter { $0.severity != .error })
            let hidden = shown[max(limit, 0)...]
            shown = Array(shown.prefix(max(limit, 0))).sorted()
            lines = format(shown)
            lines.append(Self.hiddenSummary(hidden))
        } else {
            lines = format(shown)
        }
        lines.append(Self.summary(diagnostics))
        return lines.joined(separator: "\n")
    }

    /// `2 errors, 1 warning`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// One line: how many diagnostics were left out, counted by kind, most frequent first.
    public static func hiddenSummary(_ hidden: ArraySlice<Diagnostic>) -> String {
        var counts: [String: Int] = [:]
        for diagnostic in hidden { counts["\(diagnostic.severity.rawValue): \(diagnostic.kind)", default: 0] += 1 }
        let kinds = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var parts = kinds.prefix(10).map { "\($0.value) x \($0.key)" }
        if kinds.count > 10 { parts.append("\(kinds.count - 10) more kinds") }
        return "... and \(hidden.count) more not shown (--max-diagnostics N shows more): " + parts.joined(separator: "; ")
    }

    private static func shortened(_ text: String) -> String {
        text.count > maxTextLength ? String(text.prefix(maxTextLength)) + "..." : text
    }

    /// Where the lines of each quoted file start, found by scanning its bytes only as far as a
    /// diagnostic needs and only once (a file may have a million lines).
    struct SourceLines {
        private var files: [String: (starts: [String.Index], complete: Bool)] = [:]

        /// The text of line `location.line`, without its line break.
        mutating func line(_ location: SourceLocation, in sources: [String: String]) -> String? {
            guard location.line > 0, let text = sources[location.file] else { return nil }
            let utf8 = text.utf8
            // Taken out while it grows, so that appending does not copy it.
            var known = files.removeValue(forKey: location.file) ?? ([utf8.startIndex], false)
            while !known.complete && known.starts.count <= location.line {
                if let newline = utf8[known.starts[known.starts.count - 1]...].firstIndex(of: 0x0A) {
                    known.starts.append(utf8.index(after: newline))
                } else {
                    known.complete = true
                }
            }
            files[location.file] = known
            guard location.line <= known.starts.count else { return nil }
            let start = known.starts[location.line - 1]
            var end = location.line < known.starts.count ? utf8.index(before: known.starts[location.line]) : utf8.endIndex
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            return String(text[start..<end])
        }
    }
}
