import Foundation
import Output
import Search
import SiteModel

/// A search index a build left for later: rendering it takes long on a large site, and the
/// browser does not need it to show a changed page.
public struct PendingSearchIndex: Sendable {
    let documents: [SearchDocument]
    let generation: Int

    /// The number of documents to index.
    public var documentCount: Int { documents.count }

    /// Builds `search-index.js`; the expensive part, safe to run on any thread.
    public func render() -> OutputFile {
        OutputFile(path: OutputAssembler.searchIndexPath, text: SearchIndexBuilder().javascript(for: documents))
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
        return PendingSearchIndex(documents: Array(searchDocuments.values), generation: searchGeneration)
    }

    /// Writes a rendered pending index, unless a newer build changed the documents meanwhile.
    /// Returns true when the file was written (or was already up to date).
    @discardableResult
    public func commit(_ index: PendingSearchIndex, file: OutputFile) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard searchPending, index.generation == searchGeneration, renderedOnce, let writer else { return false }
        do {
            try writer.begin()
            try writer.write(file)
            _ = try writer.finish(current: nil, record: nil)
        } catch {
            writer.abandon()
            throw error
        }
        searchPending = false
        return true
    }

    /// Removes the output folder and its manifest (a dev server's temporary folder).
    public func removeOutput() {
        lock.withLock { writer?.removeAll() }
    }
}
