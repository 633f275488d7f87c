import Foundation

/// The first error of work running on several threads; the others stop early once it is set.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var happened: Bool { lock.withLock { stored != nil } }
    var error: Error? { lock.withLock { stored } }

    func record(_ error: Error) {
        lock.withLock { if stored == nil { stored = error } }
    }
}
