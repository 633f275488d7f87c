import Foundation
import Output
import Rendering
import Search
import SiteModel

/// Files a build left for later (`SiteBuilder.build(deferSlowFiles:)`): the search index and the
/// print editions, which take long on a large site (the editions hold every page) and which the
/// browser does not need to show a changed page. Only with plain file names (`kennisbank serve`):
/// with content-hashed names every page names the search index, so it is made before them.
public struct DeferredFiles: Sendable {
    /// The documents and synonyms of a search index to make; nil when the index is current.
    let search: (documents: [SearchDocument], synonyms: [[String]])?
    /// What the print editions are made from; nil when they are current.
    let print: (output: OutputAssembler, renderer: SiteRenderer)?
    /// The builder's generations of both when this was taken: a newer build supersedes it.
    let generation: (search: Int, print: Int)

    /// What is left to make, for the terminal: 'search index (85 documents) and print editions'.
    public var description: Message {
        .deferredFiles(documents: search.map { $0.documents.count }, print: print != nil)
    }

    /// Makes the files; the expensive part, safe to run on any thread.
    public func render() -> Rendered {
        Rendered(search: search.map { SearchIndexBuilder().files(for: $0.documents, synonyms: $0.synonyms) } ?? [],
                 print: print.map { $0.output.printFiles($0.renderer) } ?? [])
    }

    /// The files made: the search index's entry and parts, and the print editions.
    public struct Rendered: Sendable {
        let search: [OutputFile]
        let print: [OutputFile]
    }
}
