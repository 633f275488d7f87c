import Pages
import Print

/// What the index step made in one build: the site's index (kept as it was when no parsed file
/// changed its input), how it differs from the previous build's (`IndexDelta`), and the PDF
/// handouts of `BuildOptions.handouts` that belong to the print editions.
struct IndexedSite: Sendable {
    let assembly: SiteAssembly
    var delta: IndexDelta
    let handouts: HandoutFiles
}
