import Foundation

/// What the request handlers need to know about the latest build, shared between the rebuild
/// queue and the server's tasks.
final class ServeState: @unchecked Sendable {
    private let lock = NSLock()
    private var overlay: ErrorOverlay?
    private var banner = WarningBanner(diagnostics: [], sources: [:], language: .dutch)
    private var build = 0
    /// Tells this server's builds from an earlier server's, for the `hello` event.
    private let session = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    /// The error overlay while the last build failed.
    var currentOverlay: ErrorOverlay? {
        lock.lock()
        defer { lock.unlock() }
        return overlay
    }

    /// The warnings of the last build that served.
    var currentBanner: WarningBanner {
        lock.lock()
        defer { lock.unlock() }
        return banner
    }

    /// Records the warnings of a build that served; true when they changed.
    func show(_ new: WarningBanner) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard new != banner else { return false }
        banner = new
        return true
    }

    /// Identifies the current build, e.g. `k3x9a-12`.
    var buildID: String {
        lock.lock()
        defer { lock.unlock() }
        return "\(session)-\(build)"
    }

    /// Records a failed build.
    func fail(_ overlay: ErrorOverlay) {
        lock.lock()
        self.overlay = overlay
        lock.unlock()
    }

    /// Records a successful build; returns whether the last one had failed, and the new build id.
    func succeed(changed: Bool) -> (recovered: Bool, changed: Bool, id: String) {
        lock.lock()
        defer { lock.unlock() }
        let recovered = overlay != nil
        overlay = nil
        if changed || recovered { build += 1 }
        return (recovered, changed || recovered, "\(session)-\(build)")
    }
}
