import Synchronization

/// The first error of work running on several threads; the others stop early once it is set.
final class FirstFailure: Sendable {
    private let stored = Mutex<(any Error)?>(nil)

    var happened: Bool { stored.withLock { $0 != nil } }
    var error: (any Error)? { stored.withLock { $0 } }

    func record(_ error: any Error) {
        stored.withLock { if $0 == nil { $0 = error } }
    }
}
