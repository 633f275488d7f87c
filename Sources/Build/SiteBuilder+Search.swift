import Foundation
import Output
import Search
import SiteModel

/// A search index a build left for later: rendering it takes long on a large site, and the
/// browser does not need it to show a changed page. Only with plain file names (`kennisbank
/// serve`): with content-hashed names every page names the index, so it is made before them.
public struct PendingSearchIndex: Sendable {
    let documents: [SearchDocument]
    let synonyms: [[String]]
    let generation: Int

    /// The number of documents to index.
    public var documentCount: Int { documents.count }

    /// Builds `search-index.js` and its parts; the expensive part, safe to run on any thread.
    public func render() -> [OutputFile] {
        SearchIndexBuilder().files(for: documents, synonyms: synonyms)
    }
}

extension SiteBuilder {
    /// True when a build deferred the search index and it was not written since.
    public var hasPendingSearchIndex: Bool { lock.withLock { searchPending } }

    /// The search index the last build deferred, if any.
    public func pendingSearchIndex() -> PendingSearchIndex? {
        lock.lock()
        defer { lock.unlock() }
        guard searchPending else { return nil }
        return PendingSearchIndex(documents: Array(searchDocuments.values), synonyms: searchSynonyms, generation: searchGeneration)
    }

    /// Writes a rendered pending index, unless a newer build changed the documents meanwhile, and
    /// removes the parts of the previous index that it no longer has. Returns true when the files
    /// were written (or were already up to date).
    @discardableResult
    public func commit(_ index: PendingSearchIndex, files: [OutputFile]) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard searchPending, index.generation == searchGeneration, renderedOnce, let writer else { return false }
        let paths = Set(files.map(\.path))
        let stale = searchIndexOutputs.subtracting(paths)
        do {
            try writer.begin()
            for file in files { try writer.write(file) }
            _ = try writer.finish(current: { !stale.contains($0) }, record: nil)
        } catch {
            writer.abandon()
            throw error
        }
        searchEntry = files.first { $0.path == OutputAssembler.searchIndexPath }
        searchIndexOutputs = paths
        searchPending = false
        return true
    }

    /// Removes the output folder and its manifest (a dev server's temporary folder).
    public func removeOutput() {
        lock.withLock { writer?.removeAll() }
    }
}
