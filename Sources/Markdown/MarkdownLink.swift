import SiteModel

/// A link or image destination as written by the author.
public struct MarkdownLink: Sendable, Hashable {
    /// True for `![alt](src)`.
    public var isImage: Bool
    /// The destination exactly as written.
    public var url: String
    /// Where the link starts.
    public var location: SourceLocation
    /// The link text or image alt text.
    public var text: String
}
