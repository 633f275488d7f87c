/// A heading of a page, so a search hit can link straight to its section.
public struct SearchHeading: Sendable, Hashable {
    /// The heading as plain text.
    public var text: String
    /// The `id` of the heading element, without '#'.
    public var anchor: String

    /// Creates a heading from its plain text and anchor id.
    public init(text: String, anchor: String) {
        self.text = text
        self.anchor = anchor
    }
}
