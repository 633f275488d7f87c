import FrontMatter
import SiteModel

/// One outcome of a theme's scoring rule ('Midden risico'): the scores that lead to it, the text to
/// show, and the pages that help.
public struct QuestionnaireLevel: Sendable {
    public var label: String
    /// The scores of this level, both ends included.
    public var scores: ClosedRange<Int>
    /// Markdown.
    public var text: String
    public var textLocation: SourceLocation
    /// Content paths (resolved) of the pages that help at this level.
    public var links: [Located<String>]
    public var location: SourceLocation

    /// Creates a level.
    public init(label: String, scores: ClosedRange<Int>, text: String, textLocation: SourceLocation,
                links: [Located<String>], location: SourceLocation) {
        self.label = label
        self.scores = scores
        self.text = text
        self.textLocation = textLocation
        self.links = links
        self.location = location
    }
}
