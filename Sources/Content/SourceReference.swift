import SiteModel

/// One entry of a page's 'Bronnen': a title with either a web address or the mark that it is an
/// internal document of the municipality, which is named but not linked.
public struct SourceReference: Sendable, Hashable {
    public var title: String
    /// The web address; nil for an internal document.
    public var url: String?
    /// True for `internal: true`: a document that is not public, shown as 'intern document, niet openbaar'.
    public var isInternal: Bool
    /// Where the entry's title is written.
    public var location: SourceLocation
    /// Where the `url` value is written; for warnings about the address itself.
    public var urlLocation: SourceLocation?

    /// Creates a source reference.
    public init(title: String, url: String?, isInternal: Bool = false, location: SourceLocation, urlLocation: SourceLocation? = nil) {
        self.title = title
        self.url = url
        self.isInternal = isInternal
        self.location = location
        self.urlLocation = urlLocation
    }
}
