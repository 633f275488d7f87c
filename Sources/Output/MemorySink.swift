import SiteModel
import Synchronization

/// Keeps rendered files (tests), or drops them (`kennisbank check`).
package final class MemorySink: RenderSink, Sendable {
    package let keeping: Bool
    private let stored = Mutex<[OutputFile]>([])

    package init(keeping: Bool) { self.keeping = keeping }

    package var files: [OutputFile] { stored.withLock { $0 } }

    package func put(_ file: OutputFile) throws {
        guard keeping else { return }
        stored.withLock { $0.append(file) }
    }
}
