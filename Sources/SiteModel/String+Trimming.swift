import Foundation

extension String {
    /// The string without leading and trailing spaces and tabs (Foundation's `.whitespaces`).
    ///
    /// Returns the string itself when it starts and ends with a visible ASCII character, the
    /// common case: Foundation's trimming bridges every string it is given, which made it a
    /// visible part of building a large site.
    public func trimmingWhitespaces() -> String {
        trimming(.whitespaces)
    }

    /// The string without leading and trailing whitespace and line breaks (Foundation's
    /// `.whitespacesAndNewlines`), with the same fast path as `trimmingWhitespaces()`.
    public func trimmingWhitespacesAndNewlines() -> String {
        trimming(.whitespacesAndNewlines)
    }

    private func trimming(_ characters: CharacterSet) -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return self }
        return trimmingCharacters(in: characters)
    }
}
