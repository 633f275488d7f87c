import Foundation
import SiteModel
import Testing

/// Work started on its own thread runs beside its caller and gives its value when asked. (No
/// `parallelMap` inside: the test's own thread is one of the dispatch threads such a map would wait
/// for, and tests run side by side.)
@Suite struct BackgroundWorkTests {
    @Test func runsOnAThreadOfItsOwnAndGivesItsValue() {
        let caller = pthread_self()
        let work = BackgroundWork { () -> (thread: pthread_t, values: [Int]) in
            (pthread_self(), (1...1_000).map { $0 * 2 })
        }
        let result = work.value()
        #expect(pthread_equal(result.thread, caller) == 0, "the work ran on the caller's thread")
        #expect(result.values == (1...1_000).map { $0 * 2 })
        #expect(work.value().values.count == 1_000, "a second call gives the same value")
    }
}
