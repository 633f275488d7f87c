import Build
import Configuration
import Foundation
import SiteModel
import Testing

/// Helpers for fixture sites: one-string sites (Hugo's `-- path --` format) built in memory.
enum FixtureSite {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let themeFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes/default")

    static func names(_ kind: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(kind).path)) ?? []
        return files.filter { $0.hasSuffix(".site") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func text(_ kind: String, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(kind)/\(name).site"), encoding: .utf8)
    }

    /// The moment every fixture build measures review dates against (2 December 2026, noon UTC), so
    /// that no test depends on the day it runs.
    static let now = Date(timeIntervalSince1970: 1_796_212_800)

    static func options(root: URL = URL(fileURLWithPath: "/nonexistent-fixture-root"), output: URL? = nil) -> BuildOptions {
        BuildOptions(root: root, output: output, defaultThemeFolder: themeFolder, now: now)
    }

    /// Builds a one-string site in memory.
    static func build(_ fixture: String, options: BuildOptions = options()) -> BuildResult {
        SiteBuilder(options: options, fileSystem: MemoryFileSystem(fixture: fixture), target: .memory).build()
    }

    /// The text of the file a build made at `path`; records an issue when it made none.
    static func output(_ result: BuildResult, _ path: String) throws -> String {
        let file = try #require(result.files.first { $0.path == path }, "no \(path)")
        return String(decoding: file.data, as: UTF8.self)
    }

    /// The `<main>` element of an HTML page (mdBook's habit: compare content, not chrome).
    static func main(of html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Writes a one-string site to a temporary folder on disk.
    static func writeToDisk(_ fixture: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kb-fixture-\(UUID().uuidString)")
        for (path, data) in MemoryFileSystem(fixture: fixture).contents {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return root
    }
}
