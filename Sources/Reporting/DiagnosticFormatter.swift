import Foundation
import SiteModel

/// Prints diagnostics the way compilers do, in the site's language: `file:line:column: fout:
/// message`, the offending line (and the line above it where that explains the mistake) with a
/// caret under the column, and a hint that starts with the text to type when there is one.
public struct DiagnosticFormatter: Sendable {
    /// How many diagnostics a report shows in full unless told otherwise (`--max-diagnostics`).
    public static let defaultLimit = 200
    /// Characters of a long source line shown before the caret, and in all.
    package static let window = (before: 40, width: 120)
    /// Characters of a message or hint shown; they can quote a whole line of the author's text.
    static let maxTextLength = 500

    /// Source texts by root-relative path, for quoting the offending line.
    public var sources: [String: String]
    /// The language of the texts.
    public var language: Language

    /// Creates a formatter that can quote lines from `sources`.
    public init(sources: [String: String], language: Language = .english) {
        self.sources = sources
        self.language = language
    }

    /// One diagnostic in its parts: the first line, the quoted source lines with the caret line,
    /// and the hint line (for the browser, which shows them apart).
    public struct Parts: Sendable {
        public var heading: String
        public var code: [String]
        public var hint: String?

        /// The parts as a terminal shows them, the source lines and hint indented.
        public var text: String {
            ([heading] + code.map { "    " + $0 } + (hint.map { ["    " + $0] } ?? [])).joined(separator: "\n")
        }
    }

    /// One diagnostic, over several lines. A long source line is cut to a window around the caret.
    public func format(_ diagnostic: Diagnostic) -> String {
        var lines = SourceLines()
        return parts(diagnostic, lines: &lines).text
    }

    /// Each of `diagnostics` as `format` gives it. Thousands of diagnostics in one large file each
    /// quote a line: finding each by scanning the file from its start grew with their number times
    /// the file's size, so the line starts found are kept for the next one.
    public func format(_ diagnostics: [Diagnostic]) -> [String] {
        parts(diagnostics).map(\.text)
    }

    /// Each of `diagnostics` in its parts.
    public func parts(_ diagnostics: [Diagnostic]) -> [Parts] {
        var lines = SourceLines()
        return diagnostics.map { parts($0, lines: &lines) }
    }

    private func parts(_ diagnostic: Diagnostic, lines: inout SourceLines) -> Parts {
        let heading = "\(diagnostic.location): \(diagnostic.severity.word(language)): \(Self.shortened(diagnostic.message.text(language)))"
        var code: [String] = []
        if let line = lines.line(diagnostic.location, in: sources) {
            if diagnostic.showsLineAbove, diagnostic.location.line > 1,
               let above = lines.line(SourceLocation(file: diagnostic.location.file, line: diagnostic.location.line - 1), in: sources) {
                code.append(Self.cut(above))
            }
            code += Self.quote(line, column: diagnostic.location.column)
        }
        if let related = diagnostic.related {
            code.append(Message.seeAlso("\(related)").text(language))
        }
        var hint: String?
        if diagnostic.fix != nil || diagnostic.hint != nil {
            let texts = [diagnostic.fix.map { Message.didYouMean($0.replacement).text(language) }, diagnostic.hint?.text(language)]
            hint = Message.hintLabel().text(language) + " " + Self.shortened(texts.compactMap { $0 }.joined(separator: " "))
        }
        return Parts(heading: heading, code: code, hint: hint)
    }

    /// The line, cut to a window around the caret when it is long, and the caret line. The caret
    /// is placed by display width, so it stands under its character after CJK text and emoji.
    package static func quote(_ line: String, column: Int) -> [String] {
        // Columns count Unicode scalars, as in `SourceLocation`; the view is walked only as far as
        // the caret and the window need, because a line can be a megabyte long.
        let scalars = line.unicodeScalars
        let caret = column > 0
            ? scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex) ?? scalars.endIndex
            : nil
        var start = scalars.startIndex, end = scalars.endIndex
        if let cut = scalars.index(start, offsetBy: window.width, limitedBy: end), cut < end {
            start = caret.flatMap { scalars.index($0, offsetBy: -window.before, limitedBy: scalars.startIndex) } ?? start
            end = scalars.index(start, offsetBy: window.width, limitedBy: end) ?? end
        }
        // ASCII dots: an ellipsis character can be wider than a monospace cell and shift the caret.
        let lead = start > scalars.startIndex ? "..." : ""
        let excerpt = lead + String(scalars[start..<end]) + (end < scalars.endIndex ? "..." : "")
        var result = [excerpt.replacingOccurrences(of: "\t", with: "    ")]
        if let caret {
            let width = DisplayWidth.of(lead + String(scalars[start..<max(start, min(caret, end))]))
            result.append(String(repeating: " ", count: width) + "^")
        }
        return result
    }

    /// A line quoted for context only: its start, at most the window's width.
    package static func cut(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: window.width, limitedBy: scalars.endIndex), end < scalars.endIndex else {
            return line.replacingOccurrences(of: "\t", with: "    ")
        }
        return (String(scalars[..<end]) + "...").replacingOccurrences(of: "\t", with: "    ")
    }

    /// The diagnostics sorted by place, notes first, then (with `summary`) a line that counts them.
    /// With more than `limit`, only `limit` are shown in full (errors before warnings), and one
    /// line counts the rest by kind. `check` and `build` leave the count to their verdict, which
    /// never says '0 errors' when warnings fail the run.
    public func report(_ diagnostics: [Diagnostic], limit: Int = defaultLimit, summary withSummary: Bool = true) -> String {
        let sorted = diagnostics.sorted()
        let notes = sorted.filter { $0.severity == .note }
        let others = sorted.filter { $0.severity != .note }
        var lines = format(notes)
        if others.count > limit {
            let ranked = others.filter { $0.severity == .error } + others.filter { $0.severity != .error }
            lines += format(Array(ranked.prefix(max(limit, 0))).sorted())
            lines.append(hiddenSummary(ranked[max(limit, 0)...]))
        } else {
            lines += format(others)
        }
        if withSummary { lines.append(summary(diagnostics)) }
        return lines.joined(separator: "\n")
    }

    /// `2 fouten, 1 waarschuwing`.
    public func summary(_ diagnostics: [Diagnostic]) -> String {
        Message.counts(errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
                       notes: diagnostics.filter { $0.severity == .note }.count).text(language)
    }

    /// One line: how many diagnostics were left out, counted by kind, most frequent first.
    public func hiddenSummary(_ hidden: ArraySlice<Diagnostic>) -> String {
        var counts: [String: Int] = [:]
        for diagnostic in hidden { counts["\(diagnostic.severity.word(language)): \(diagnostic.message.kind(language))", default: 0] += 1 }
        let kinds = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var parts = kinds.prefix(10).map { "\($0.value) x \($0.key)" }
        if kinds.count > 10 { parts.append(Message.moreKinds(kinds.count - 10).text(language)) }
        return Message.hiddenDiagnostics(hidden.count, kinds: parts.joined(separator: "; ")).text(language)
    }

    private static func shortened(_ text: String) -> String {
        text.count > maxTextLength ? String(text.prefix(maxTextLength)) + "..." : text
    }
}
