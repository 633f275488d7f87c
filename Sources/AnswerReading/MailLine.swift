/// A line of a mail's text after decoding, with the line of the file where it starts (a quoted-
/// printable or flowed line joins several; a base64 part is counted from where it starts).
public struct MailLine: Sendable, Equatable {
    public var text: String
    public var line: Int

    /// Creates a line.
    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
