import Foundation
import Synchronization

/// What the request handlers need to know about the latest build, shared between the rebuild
/// queue and the server's tasks.
final class ServeState: Sendable {
    private struct State {
        var overlay: ErrorOverlay?
        var banner = WarningBanner(diagnostics: [], sources: [:], language: .dutch)
        var build = 0
    }

    private let state = Mutex(State())
    /// Tells this server's builds from an earlier server's, for the `hello` event.
    private let session = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    /// The error overlay while the last build failed.
    var currentOverlay: ErrorOverlay? { state.withLock { $0.overlay } }

    /// The warnings of the last build that served.
    var currentBanner: WarningBanner { state.withLock { $0.banner } }

    /// Records the warnings of a build that served; true when they changed.
    func show(_ new: WarningBanner) -> Bool {
        state.withLock { state in
            guard new != state.banner else { return false }
            state.banner = new
            return true
        }
    }

    /// Identifies the current build, e.g. `k3x9a-12`.
    var buildID: String { state.withLock { "\(session)-\($0.build)" } }

    /// Records a failed build.
    func fail(_ overlay: ErrorOverlay) {
        state.withLock { $0.overlay = overlay }
    }

    /// Records a successful build; returns whether the last one had failed, and the new build id.
    func succeed(changed: Bool) -> (recovered: Bool, changed: Bool, id: String) {
        state.withLock { state in
            let recovered = state.overlay != nil
            state.overlay = nil
            if changed || recovered { state.build += 1 }
            return (recovered, changed || recovered, "\(session)-\(state.build)")
        }
    }
}
