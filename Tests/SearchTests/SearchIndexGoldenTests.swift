import Foundation
import Testing
@testable import Search

/// Data/fixture-index/ holds the index files of SearchFixture: a review shows what a format change does,
/// and the browser check runs search.js over them. UPDATE_GOLDEN=1 rewrites them and fails the run, so
/// they are never rewritten by accident in CI.
struct SearchIndexGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Data/fixture-index")
    static let synonyms = [["klacht", "melding"], ["racial profiling", "etnisch profileren"]]

    @Test func fixtureIndexMatchesTheGoldenFiles() throws {
        let files = SearchIndexBuilder().files(for: SearchFixture.documents, synonyms: Self.synonyms)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            for file in files {
                let url = Self.golden.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            Issue.record("rewrote \(Self.golden.path); run again without UPDATE_GOLDEN")
            return
        }
        let written = (FileManager.default.enumerator(atPath: Self.golden.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".js") }.sorted()
        #expect(written == files.map(\.path).sorted(), "the set of index files changed; rerun with UPDATE_GOLDEN=1")
        for file in files {
            let expected = try Data(contentsOf: Self.golden.appendingPathComponent(file.path))
            #expect(file.data == expected, "\(file.path) changed; rerun with UPDATE_GOLDEN=1 and review the diff")
        }
    }
}
