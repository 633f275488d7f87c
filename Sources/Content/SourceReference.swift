import SiteModel

/// One entry of a page's 'Bronnen': a title and a URL.
public struct SourceReference: Sendable, Hashable {
    public var title: String
    public var url: String
    public var location: SourceLocation

    /// Creates a source reference.
    public init(title: String, url: String, location: SourceLocation) {
        self.title = title
        self.url = url
        self.location = location
    }
}
