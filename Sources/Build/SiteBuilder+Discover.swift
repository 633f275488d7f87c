import Foundation
import SiteModel

extension SiteBuilder {
    /// Step 2: reads `content/` into `state.snapshot` (all of it, or only `changes` when a snapshot
    /// is kept) and the source dates into `state.dates`. Returns the content paths read again (nil:
    /// everything) and the root-relative paths whose date changed.
    func discover(_ state: inout BuilderState, changes: Set<String>?, unsafe: Bool,
                  into result: inout BuildResult) -> (touched: Set<String>?, redated: Set<String>) {
        let touched: Set<String>?
        if let changes, state.snapshot.isLoaded, !state.rescanNext, !changes.contains("content") {
            touched = state.snapshot.update(changes, fileSystem: fileSystem)
        } else {
            state.snapshot.rescan(fileSystem)
            state.rescanNext = false
            touched = nil
        }
        result.diagnostics += state.snapshot.diagnostics(unsafe: unsafe)
        let (old, new) = (state.dates, history.lastChanges())
        state.dates = new
        return (touched, Set(new.byPath.keys).union(old.byPath.keys).filter { new.byPath[$0] != old.byPath[$0] })
    }
}
