import SiteModel

/// Builds the search index that search.js reads: `search-index.js` and its parts; format in docs/search.md.
public struct SearchIndexBuilder: Sendable {
    /// Creates a builder; it holds no state.
    public init() {}

    /// The files of the index for `documents`, with `synonyms`: groups of phrases that a query may use
    /// for one another (the site's `synoniemen` and each glossary term with its aliases). The same
    /// documents, in any order, give the same bytes.
    public func files(for documents: [SearchDocument], synonyms: [[String]] = []) -> [OutputFile] {
        SearchIndex(documents: documents).files(synonyms: SearchSynonyms.terms(of: synonyms))
    }

    /// The site paths of the index's files other than the entry all start with this.
    public static let partsPrefix = SearchIndex.partsFolder + "/"
    /// The site path of the entry of the index.
    public static let entryPath = SearchIndex.entryPath
}
