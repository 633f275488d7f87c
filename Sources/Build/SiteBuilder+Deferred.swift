import Foundation
import Output

extension SiteBuilder {
    /// True when a build deferred files and they were not written since.
    public var hasDeferredFiles: Bool { state.withLock { $0.rendered.searchPending || $0.rendered.pendingPrint != nil } }

    /// The files the last builds deferred, if any.
    public func deferredFiles() -> DeferredFiles? {
        state.withLock { state in
            let kept = state.rendered
            guard kept.searchPending || kept.pendingPrint != nil else { return nil }
            return DeferredFiles(search: kept.searchPending ? (Array(kept.searchDocuments.values), kept.searchSynonyms) : nil,
                                 print: kept.pendingPrint, generation: (kept.searchGeneration, kept.printGeneration))
        }
    }

    /// Writes deferred files once made, unless a newer build changed what they are made from
    /// meanwhile, and removes the files of the previous index or editions that the new ones no
    /// longer have. Returns true when the files were written (or were already up to date).
    @discardableResult
    public func commit(_ deferred: DeferredFiles, rendered: DeferredFiles.Rendered) throws -> Bool {
        try state.withLock { state in
            try writeDeferred(deferred, rendered, into: &state.rendered)
        }
    }

    private func writeDeferred(_ deferred: DeferredFiles, _ rendered: DeferredFiles.Rendered, into kept: inout RenderedSite) throws -> Bool {
        guard kept.renderedOnce, let writer,
              deferred.search == nil || (kept.searchPending && deferred.generation.search == kept.searchGeneration),
              deferred.print == nil || (kept.pendingPrint != nil && deferred.generation.print == kept.printGeneration)
        else { return false }
        let files = rendered.search + rendered.print
        var stale: Set<String> = []
        if deferred.search != nil { stale.formUnion(kept.searchIndexOutputs) }
        if deferred.print != nil { stale.formUnion(kept.printOutputs) }
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
            kept.searchEntry = rendered.search.first { $0.path == OutputAssembler.searchIndexPath }
            kept.searchIndexOutputs = Set(rendered.search.map(\.path))
            kept.searchPending = false
        }
        if deferred.print != nil {
            kept.printOutputs = Set(rendered.print.map(\.path))
            kept.pendingPrint = nil
        }
        return true
    }

    /// Removes the output folder and its manifest (a dev server's temporary folder).
    public func removeOutput() {
        state.withLock { _ in writer?.removeAll() }
    }
}
