/// Builds `search-index.js`, the compact index that search.js reads; format in docs/search.md.
public struct SearchIndexBuilder: Sendable {
    /// Creates a builder; it holds no state.
    public init() {}

    /// The index as a script that sets `window.KENNISBANK_SEARCH`. The same documents, in any order,
    /// give the same bytes.
    public func javascript(for documents: [SearchDocument]) -> String {
        SearchIndex(documents: documents).javascript()
    }
}
