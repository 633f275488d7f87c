import SiteModel

/// What the glossary pass found on one page.
public struct GlossaryOutcome: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// Slugs of the terms the page references, explicitly or by auto-link.
    public var referencedTerms: Set<String> = []

    /// Creates an empty outcome.
    public init() {}
}
