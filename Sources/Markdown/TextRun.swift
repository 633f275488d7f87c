import SiteModel

/// A run of plain text in a document, offered to a pass that may replace it (the glossary linker).
public struct TextRun: Sendable {
    /// The text.
    public var text: String
    /// True when the text is part of a heading.
    public var isInHeading: Bool
    /// Where the text starts.
    public var location: SourceLocation

    /// The location of the character at `offset` (a String index into `text`), assuming it is on the same line.
    public func location(of index: String.Index) -> SourceLocation {
        let prefix = text[text.startIndex..<index]
        if let newline = prefix.lastIndex(of: "\n") {
            let lines = prefix.filter { $0 == "\n" }.count
            let column = prefix.distance(from: newline, to: prefix.endIndex)
            return SourceLocation(file: location.file, line: location.line + lines, column: column)
        }
        return SourceLocation(file: location.file, line: location.line, column: location.column + prefix.count)
    }
}
