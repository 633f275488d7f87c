import Content
import FrontMatter
import SiteModel

/// A term of the begrippenlijst, read from `content/begrippen/<slug>.md`.
public struct GlossaryTerm: Sendable {
    /// The file name without `.md`; also the term's URL segment.
    public var slug: String
    /// The term as displayed.
    public var title: String
    /// Other words that mean the term: synonyms and inflections, declared by the author.
    public var aliases: [Located<String>]
    /// The short definition, inline Markdown.
    public var definition: String
    /// Where the short definition is written.
    public var definitionLocation: SourceLocation
    /// 'Zie ook' entries as written (slug, title or alias).
    public var related: [Located<String>]
    /// Content path of the term's file.
    public var contentPath: String
    public var route: Route
    public var file: String

    /// Front-matter keys a term file may have beyond the common ones.
    public static let keys = ["aliases", "definition", "related"]

    /// Every name that refers to this term: the title and the aliases.
    public var names: [Located<String>] {
        [Located(title, at: SourceLocation(file: file, line: 0))] + aliases
    }
}
