import Foundation
import SiteModel
import Testing

/// Work started on its own thread runs while the caller goes on, and gives its value when asked.
@Suite struct BackgroundWorkTests {
    @Test(.timeLimit(.minutes(1)))
    func runsBesideTheCallerAndGivesItsValueOnce() {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> [Int] in
            started.signal()
            // Waits for the caller: the test would hang if the work ran on the caller's thread.
            release.wait()
            return Array(1...1_000).parallelMap { $0 * 2 }
        }
        started.wait()
        release.signal()
        #expect(work.value() == (1...1_000).map { $0 * 2 })
        #expect(work.value().count == 1_000, "a second call gives the same value")
    }
}
