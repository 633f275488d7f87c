import Discovery
import History
import Pages

/// Everything a `SiteBuilder` keeps between builds, as the values its steps made: a later step
/// takes what an earlier one made as a parameter, so it cannot run without it. Held in the
/// builder's `Mutex`, so that builds run one at a time.
struct BuilderState: Sendable {
    /// Configure: nil before the first build and after a theme that failed to load.
    var configured: ConfiguredSite?
    /// Discover: the files of `content/` and their dates as last read.
    var snapshot = ContentSnapshot()
    var dates = SourceDates(byPath: [:], origin: .noDates())
    /// True when a build stopped before reading its changes: the next one reads everything.
    var rescanNext = false
    /// Parse.
    var parsed = ParsedSources()
    /// Index: nil before the first build reached it.
    var assembly: SiteAssembly?
    /// Transform.
    var transformed = TransformedSite()
    /// Render and write.
    var rendered = RenderedSite()

    /// See `SiteBuilder.reusesUnchangedOutput` and `SiteBuilder.stopsAfterTransform`.
    var reusesUnchangedOutput = false
    var stopsAfterTransform = false
}
