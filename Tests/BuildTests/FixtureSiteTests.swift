import Build
import Foundation
import SiteModel
import Testing

/// Valid fixture sites must build without diagnostics and match their golden output; set
/// UPDATE_GOLDEN=1 to rewrite the golden files (the run then fails, so nobody commits by accident).
@Suite struct ValidFixtureTests {
    @Test(arguments: FixtureSite.names("valid"))
    func buildsAndMatchesGoldenOutput(name: String) throws {
        let result = FixtureSite.build(try FixtureSite.text("valid", name))
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        let golden = FixtureSite.goldenFolder.appendingPathComponent(name)
        var actual: [String: String] = [:]
        for file in result.files {
            let text = String(decoding: file.data, as: UTF8.self)
            if file.path.hasSuffix(".html") { actual[file.path + ".main"] = FixtureSite.main(of: text) }
            else if file.path.hasSuffix(".gift.txt") || file.path.hasSuffix(".xml") { actual[file.path] = text }
        }
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: golden)
            for (path, text) in actual {
                let url = golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            Issue.record("golden files for '\(name)' were rewritten; run again without UPDATE_GOLDEN")
            return
        }
        let expectedPaths = (FileManager.default.enumerator(atPath: golden.path)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: golden.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }
        #expect(Set(expectedPaths) == Set(actual.keys), "the set of output files changed")
        for path in expectedPaths.sorted() {
            let expected = try String(contentsOf: golden.appendingPathComponent(path), encoding: .utf8)
            #expect(actual[path] == expected, "\(name): \(path) differs from its golden file")
        }
    }
}

/// Must-fail fixtures end with a `-- expected --` block: the report a trainer reads, in the site's
/// language (Dutch unless the fixture's kennisbank.yml says otherwise), each diagnostic with its
/// quoted line, caret and hint. UPDATE_GOLDEN=1 rewrites the blocks (and fails the run).
@Suite struct InvalidFixtureTests {
    @Test(arguments: FixtureSite.names("invalid"))
    func failsWithTheExpectedDiagnostics(name: String) throws {
        let text = try FixtureSite.text("invalid", name)
        let parts = text.components(separatedBy: "-- expected --\n")
        #expect(parts.count == 2, "fixture \(name) needs an '-- expected --' block")
        let result = FixtureSite.build(parts[0])
        let actual = result.formattedDiagnostics(limit: 1_000, summary: false) + "\n"
        #expect(result.failed(strict: true))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try (parts[0] + "-- expected --\n" + actual).write(to: FixtureSite.folder.appendingPathComponent("invalid/\(name).site"),
                                                            atomically: true, encoding: .utf8)
            Issue.record("the expected block of '\(name)' was rewritten; run again without UPDATE_GOLDEN")
            return
        }
        #expect(actual == parts.last, "\(name):\n\(actual)")
    }
}
