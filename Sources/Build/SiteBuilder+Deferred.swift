import Foundation
import Output

extension SiteBuilder {
    /// True when a build deferred files and they were not written since.
    public var hasDeferredFiles: Bool { lock.withLock { searchPending || pendingPrint != nil } }

    /// The files the last builds deferred, if any.
    public func deferredFiles() -> DeferredFiles? {
        lock.lock()
        defer { lock.unlock() }
        guard searchPending || pendingPrint != nil else { return nil }
        return DeferredFiles(search: searchPending ? (Array(searchDocuments.values), searchSynonyms) : nil,
                             print: pendingPrint, generation: (searchGeneration, printGeneration))
    }

    /// Writes deferred files once made, unless a newer build changed what they are made from
    /// meanwhile, and removes the files of the previous index or editions that the new ones no
    /// longer have. Returns true when the files were written (or were already up to date).
    @discardableResult
    public func commit(_ deferred: DeferredFiles, rendered: DeferredFiles.Rendered) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard renderedOnce, let writer,
              deferred.search == nil || (searchPending && deferred.generation.search == searchGeneration),
              deferred.print == nil || (pendingPrint != nil && deferred.generation.print == printGeneration)
        else { return false }
        let files = rendered.search + rendered.print
        var stale: Set<String> = []
        if deferred.search != nil { stale.formUnion(searchIndexOutputs) }
        if deferred.print != nil { stale.formUnion(printOutputs) }
        stale.subtract(files.map(\.path))
        do {
            try writer.begin()
            for file in files { try writer.write(file) }
            _ = try writer.finish(current: { !stale.contains($0) }, record: nil)
        } catch {
            writer.abandon()
            throw error
        }
        if deferred.search != nil {
            searchEntry = rendered.search.first { $0.path == OutputAssembler.searchIndexPath }
            searchIndexOutputs = Set(rendered.search.map(\.path))
            searchPending = false
        }
        if deferred.print != nil {
            printOutputs = Set(rendered.print.map(\.path))
            pendingPrint = nil
        }
        return true
    }

    /// Removes the output folder and its manifest (a dev server's temporary folder).
    public func removeOutput() {
        lock.withLock { writer?.removeAll() }
    }
}
