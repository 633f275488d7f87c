/// One occurrence of a glossary name in a text, measured in Unicode scalars.
public struct TermMatch: Sendable, Hashable {
    /// Offset of the first scalar.
    public var start: Int
    /// Number of scalars.
    public var length: Int
    /// The slug of the matched term.
    public var slug: String
}
