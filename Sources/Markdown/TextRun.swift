import SiteModel

/// A run of plain text in a document, offered to a pass that may replace it (the glossary linker).
///
/// The run reads the parser's own bytes: most runs are left as they are, and building a String
/// and a position for each of them was a visible part of a large build.
public struct TextRun {
    /// The text as UTF-8; valid only while the pass that received the run is running.
    public let utf8: UnsafeBufferPointer<UInt8>
    /// True when the text is part of a heading.
    public let isInHeading: Bool
    /// True when the text is quoted (a block quote, at any depth): quoted law or speech is
    /// shown as it was written.
    public let isInBlockQuote: Bool
    let document: MarkdownDocument
    let line: Int
    let byteColumn: Int

    /// The text.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// Where the text starts.
    public var location: SourceLocation { document.location(line: line, byteColumn: byteColumn) }

    /// The location of the character that starts at UTF-8 offset `offset` in the text.
    public func location(ofByte offset: Int) -> SourceLocation {
        var start = location
        var scalars = 0
        for byte in utf8[0..<min(offset, utf8.count)] {
            if byte == 0x0A {
                start.line += 1
                start.column = 1
                scalars = 0
            } else if byte & 0xC0 != 0x80 {
                scalars += 1
            }
        }
        start.column += scalars
        return start
    }
}
