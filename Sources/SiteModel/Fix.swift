import Foundation

/// A replacement a diagnostic suggests: the exact text to type instead of what is written at the
/// diagnostic's location, so that a 'did you mean' can be pasted as it is (and tested that way:
/// applying every suggestion of a broken site must give a site that builds).
public struct Fix: Sendable, Hashable, Codable {
    /// The text as written, starting at the diagnostic's column (or later on its line).
    public var original: String
    /// What to write there instead.
    public var replacement: String

    /// Creates a fix that replaces `original` with `replacement`.
    public init(replacing original: String, with replacement: String) {
        self.original = original
        self.replacement = replacement
    }

    /// `line` with `original` replaced by `replacement` at its first occurrence from `column`
    /// (1-based, in Unicode scalars), or else its first on the line (an indentation fix replaces
    /// the whole line while the caret points at its first character); nil when it is not there.
    public func apply(to line: String, column: Int) -> String? {
        let scalars = line.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: max(column - 1, 0), limitedBy: scalars.endIndex) ?? scalars.endIndex
        guard let range = line[from...].range(of: original) ?? line.range(of: original) else { return nil }
        return line.replacingCharacters(in: range, with: replacement)
    }
}
