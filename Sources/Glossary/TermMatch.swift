/// One occurrence of a glossary name in a text, measured in UTF-8 bytes.
public struct TermMatch: Sendable, Hashable {
    /// Offset of the first byte.
    public var start: Int
    /// Number of bytes.
    public var length: Int
    /// The slug of the matched term.
    public var slug: String
    /// The position of `slug` in the matcher's `slugs`, for bookkeeping without hashing strings.
    public var term: Int
}
