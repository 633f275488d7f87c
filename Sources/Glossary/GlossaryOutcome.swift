import SiteModel

/// What the glossary pass found on one page.
public struct GlossaryOutcome: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// The terms the page references, explicitly or by auto-link, as numbers in the glossary's
    /// `numberedSlugs`, ascending: numbers, because a page of a dense glossary links a hundred
    /// terms and everything derived from them (backlinks, reference counts) is counted per term.
    public var termNumbers: [Int] = []
    /// The glossary's slugs by number.
    var slugs: [String] = []

    /// The slugs of the terms the page references.
    public var referencedTerms: Set<String> { Set(termNumbers.map { slugs[$0] }) }

    /// Creates an empty outcome.
    public init() {}
}
