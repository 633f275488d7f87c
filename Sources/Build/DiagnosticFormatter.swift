import Foundation
import SiteModel

/// Prints diagnostics the way compilers do: `file:line:column: error: message`, the offending line
/// with a caret under the column, and a hint on how to fix it.
public struct DiagnosticFormatter: Sendable {
    /// Source texts by root-relative path, for quoting the offending line.
    public var sources: [String: String]

    /// Creates a formatter that can quote lines from `sources`.
    public init(sources: [String: String]) { self.sources = sources }

    /// One diagnostic, over several lines.
    public func format(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let line = sourceLine(diagnostic.location) {
            let expanded = line.replacingOccurrences(of: "\t", with: "    ")
            text += "\n    " + expanded
            if diagnostic.location.column > 0 {
                let prefix = line.prefix(max(diagnostic.location.column - 1, 0))
                let width = prefix.replacingOccurrences(of: "\t", with: "    ").count
                text += "\n    " + String(repeating: " ", count: width) + "^"
            }
        }
        if let hint = diagnostic.hint { text += "\n    hint: " + hint }
        return text
    }

    /// All diagnostics, sorted, then a one-line summary.
    public func report(_ diagnostics: [Diagnostic]) -> String {
        var lines = diagnostics.sorted().map(format)
        lines.append(Self.summary(diagnostics))
        return lines.joined(separator: "\n")
    }

    /// `2 errors, 1 warning`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// Reads only up to the line it needs: splitting the whole file for every diagnostic made a
    /// build with hundreds of warnings spend most of its time here.
    private func sourceLine(_ location: SourceLocation) -> String? {
        guard location.line > 0, let text = sources[location.file] else { return nil }
        let bytes = text.utf8
        var start = bytes.startIndex
        for _ in 1..<location.line {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = bytes.index(after: newline)
        }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let line = Substring(text.utf8[start..<end])
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
    }
}
