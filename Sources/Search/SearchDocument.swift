/// One searchable thing on the site: a page, a glossary term or a quiz, as plain text per field.
public struct SearchDocument: Sendable, Hashable {
    /// What the document is; shown in results and kept in the index as a small number.
    public enum Kind: String, Sendable, CaseIterable {
        case page, term, quiz
    }

    /// Site-root-relative URL, e.g. "definities/racisme/index.html".
    public var url: String
    /// The title; a hit here weighs most.
    public var title: String
    /// Title of the section shown in results ("" for top-level pages).
    public var section: String
    /// Page, glossary term or quiz.
    public var kind: Kind
    /// The h2/h3 headings with their anchors.
    public var headings: [SearchHeading]
    /// Glossary aliases (terms only): synonyms and inflections that should find the term.
    public var aliases: [String]
    /// Description or short definition as plain text; shown in results.
    public var summary: String
    /// Plain text of the body.
    public var body: String
    /// Titles of the page's sources ('Bronnen'); they weigh least of all fields.
    public var sources: [String]

    /// Creates a document from its fields.
    public init(
        url: String, title: String, section: String = "", kind: Kind = .page,
        headings: [SearchHeading] = [], aliases: [String] = [], summary: String = "", body: String = "",
        sources: [String] = []
    ) {
        self.url = url
        self.title = title
        self.section = section
        self.kind = kind
        self.headings = headings
        self.aliases = aliases
        self.summary = summary
        self.body = body
        self.sources = sources
    }
}
