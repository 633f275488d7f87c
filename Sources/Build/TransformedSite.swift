import Pages
import SiteModel

/// What the transform step keeps between builds: every page of the index processed, and what is
/// derived from all pages together (diagnostics, term links, backlinks, reference counts, short
/// definitions, quiz sizes), kept up to date page by page (`updateDerived`).
struct TransformedSite: Sendable {
    /// The config the pages were processed with; nil before the first transform.
    var config: SiteConfig?
    /// Per page (content path) of the index: the processed page.
    var processed: [String: ProcessedPage] = [:]
    var pageDiagnostics: [String: [Diagnostic]] = [:]
    var termLinks: [String: TermLinks] = [:]
    var backlinkSets: [String: Set<String>] = [:]
    /// Term slug -> content paths of the pages that mention it, sorted.
    var backlinks: [String: [String]] = [:]
    var referenceCounts: [String: Int] = [:]
    /// Term slug -> short definition as HTML.
    var definitions: [String: String] = [:]
    var quizQuestionCounts: [String: Int] = [:]

    /// The terms a page refers to: for backlinks (with links to itself) and as references; term
    /// numbers, valid while the index is not built anew (then they are all made again).
    struct TermLinks: Equatable, Sendable {
        var backlinked: [Int]
        var referenced: [Int]
    }
}
