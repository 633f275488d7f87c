/// One occurrence of a glossary name in a text.
public struct TermMatch: Sendable, Hashable {
    /// Character offset of the first character.
    public var start: Int
    /// Number of characters.
    public var length: Int
    /// The slug of the matched term.
    public var slug: String
}
