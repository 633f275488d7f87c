import SiteModel
import Synchronization

/// Keeps rendered files (tests), or drops them (`kennisbank check`).
final class MemorySink: RenderSink, Sendable {
    let keeping: Bool
    private let stored = Mutex<[OutputFile]>([])

    init(keeping: Bool) { self.keeping = keeping }

    var files: [OutputFile] { stored.withLock { $0 } }

    func put(_ file: OutputFile) throws {
        guard keeping else { return }
        stored.withLock { $0.append(file) }
    }
}
