import Foundation
import SiteModel

/// Keeps rendered files (tests), or drops them (`kennisbank check`).
final class MemorySink: RenderSink, @unchecked Sendable {
    let keeping: Bool
    private let lock = NSLock()
    private var stored: [OutputFile] = []

    init(keeping: Bool) { self.keeping = keeping }

    var files: [OutputFile] { lock.withLock { stored } }

    func put(_ file: OutputFile) throws {
        guard keeping else { return }
        lock.withLock { stored.append(file) }
    }
}
