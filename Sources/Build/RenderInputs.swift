import History
import SiteModel

/// What the render step reads, as the earlier steps of the same build made it.
struct RenderInputs {
    /// Configure: the theme, templates and published asset names.
    let configured: ConfiguredSite
    /// The config of this build.
    let config: SiteConfig
    /// Index: the site's index and the handouts of its print editions.
    let indexed: IndexedSite
    /// Transform: the processed pages, backlinks and definitions.
    let pages: TransformedSite
    /// Discover: the source dates pages show.
    let dates: SourceDates
}
