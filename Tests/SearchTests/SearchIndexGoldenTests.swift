import Foundation
import Testing
@testable import Search

/// Data/fixture-index.js is the index of SearchFixture: a review shows what a format change does, and the
/// browser check runs search.js over it. UPDATE_GOLDEN=1 rewrites it and fails the run, so it is never
/// rewritten by accident in CI.
struct SearchIndexGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Data/fixture-index.js")

    @Test func fixtureIndexMatchesTheGoldenFile() throws {
        let script = SearchIndexBuilder().javascript(for: SearchFixture.documents)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try script.write(to: Self.golden, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(Self.golden.path); run again without UPDATE_GOLDEN")
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(script == expected, "index changed; rerun with UPDATE_GOLDEN=1 and review the diff")
    }
}
