import SiteModel

/// A heading of a document with the stable, unique id it gets in the HTML.
public struct MarkdownHeading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// Plain text of the heading.
    public var text: String
    /// The `id` attribute: a Dutch-friendly slug, unique within the page.
    public var id: String
    /// Where the heading is written.
    public var location: SourceLocation

    /// Creates a heading.
    public init(level: Int, text: String, id: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}
