import Build
import Foundation
import Reporting
import SiteModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a merge request can plant to get files from outside the site into the published site or
/// the preview download (issue #25): symbolic links to a file, to a folder and to the build's own
/// environment, links inside the site, a FIFO that would hang the build, links as the config and
/// in a theme, and links in a committed output folder. Each is an error at its path; the previous
/// `site/` is left exactly as it was, and no byte of an outside file reaches the output or the
/// report.
@Suite struct PlantedFileTests {
    static let secret = "GEHEIM-BUITEN-DE-SITE"

    static let site = """
    -- kennisbank.yml --
    title: Testsite
    -- content/index.md --
    ---
    title: Home
    ---
    Welkom. ![Schema](a/schema.png)
    -- content/a/_index.md --
    ---
    title: A
    ---
    Over A.
    -- content/a/schema.png --
    PNG
    """

    /// The site on disk, built once into `site/`, and a folder outside it holding the secret.
    static func builtSite() throws -> (root: URL, outside: URL) {
        let root = try FixtureSite.writeToDisk(site)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("kb-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("map"), withIntermediateDirectories: true)
        for name in ["geheim.png", "geheim.css", "map/geheim.md", "kennisbank.yml"] {
            try "title: \(secret)\n".write(to: outside.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let first = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(first.writeError == nil && !first.failed(strict: false), "\(first.diagnostics)")
        return (root, outside)
    }

    static func link(_ path: String, in root: URL, to target: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(symlink(target, url.path) == 0, "symlink \(path)")
    }

    /// Everything the build says, as a trainer reads it.
    static func report(_ result: BuildResult) -> String {
        DiagnosticFormatter(sources: result.sources).report(result.diagnostics) + (result.writeError?.english ?? "")
    }

    @Test(.timeLimit(.minutes(2)))
    func linksAndSpecialFilesAreErrorsAndTheSiteStaysAsItWas() throws {
        let (root, outside) = try Self.builtSite()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        let before = try DiskSnapshot(root.appendingPathComponent("site"))
        try Self.link("content/geheim.png", in: root, to: outside.appendingPathComponent("geheim.png").path)
        try Self.link("content/map", in: root, to: outside.appendingPathComponent("map").path)
        try Self.link("content/omgeving.txt", in: root, to: "/proc/self/environ")
        try Self.link("content/a/kopie.md", in: root, to: "../index.md")              // inside the site: refused too
        try Self.link("themes/default/assets/geheim.css", in: root, to: outside.appendingPathComponent("geheim.css").path)
        #expect(mkfifo(root.appendingPathComponent("content/a/pijp.md").path, 0o644) == 0)
        #expect(mkfifo(root.appendingPathComponent("content/a/pijp.png").path, 0o644) == 0)
        try FileManager.default.removeItem(at: root.appendingPathComponent("kennisbank.yml"))
        try Self.link("kennisbank.yml", in: root, to: outside.appendingPathComponent("kennisbank.yml").path)

        let result = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(result.failed(strict: false))
        let errors = Dictionary(grouping: result.diagnostics.filter { $0.severity == .error }, by: \.location.file)
        let expected: [String: String] = [
            "content/geheim.png": "symbolic link to '\(outside.path)/geheim.png', outside the site",
            "content/map": "symbolic link to '\(outside.path)/map', outside the site",
            "content/omgeving.txt": "symbolic link to '/proc/self/environ', outside the site",
            "content/a/kopie.md": "symbolic link (to '../index.md')",
            "content/a/pijp.md": "a named pipe (FIFO)",
            "content/a/pijp.png": "a named pipe (FIFO)",
            "kennisbank.yml": "symbolic link to",
            "themes/default/assets/geheim.css": "symbolic link to",
        ]
        for (path, message) in expected {
            let found = errors[path] ?? []
            #expect(found.contains { $0.message.english.contains(message) }, "\(path): \(found.map(\.message.english))")
            #expect(found.allSatisfy { $0.hint?.english.contains("copy of the file") == true || $0.hint?.english.contains("remove it") == true
                || $0.hint?.english.contains("folder itself") == true }, "\(path): \(found.map { $0.hint?.english ?? "" })")
            // In Dutch: what it is, and what to do instead.
            #expect(found.allSatisfy { $0.message.dutch.contains("kennisbank leest alleen gewone bestanden en mappen")
                || $0.message.dutch.contains("niets van buiten de site wordt gepubliceerd") }, "\(path): \(found.map(\.message.dutch))")
            #expect(found.allSatisfy { $0.hint?.dutch.contains("kopie") == true || $0.hint?.dutch.contains("haal het weg") == true },
                    "\(path): \(found.map { $0.hint?.dutch ?? "" })")
        }
        let report = Self.report(result)
        #expect(!report.contains(Self.secret), "the report quotes an outside file")
        #expect(report.contains("content/geheim.png: error: this is a symbolic link"), "\(report)")
        #expect(try DiskSnapshot(root.appendingPathComponent("site")) == before, "the previous site/ was changed")
    }

    @Test func aLinkOrAFIFOInTheOutputFolderIsRefusedBeforeAnythingIsWritten() throws {
        let (root, outside) = try Self.builtSite()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        let output = root.appendingPathComponent("site")
        // A committed site/ with a link would be published by a host or a preview download that follows links.
        try Self.link("site/a/lek.txt", in: root, to: outside.appendingPathComponent("geheim.png").path)
        let before = try DiskSnapshot(output)
        // Unchanged inputs: the build must not take the folder as up to date.
        let unchanged = SiteBuilder(options: FixtureSite.options(root: root))
        unchanged.reusesUnchangedOutput = true
        let again = unchanged.build()
        #expect(again.unchanged == false)
        #expect(again.writeError?.english.contains("symbolic links or other things that are not files (\(output.path)/a/lek.txt)") == true,
                "\(again.writeError?.english ?? "no error")")
        try "---\ntitle: Home\n---\nAnders.\n".write(to: root.appendingPathComponent("content/index.md"), atomically: true, encoding: .utf8)
        let changed = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(changed.writeError?.english.contains("a/lek.txt") == true, "\(changed.writeError?.english ?? "no error")")
        #expect(try DiskSnapshot(output) == before)

        try FileManager.default.removeItem(at: output.appendingPathComponent("a/lek.txt"))
        #expect(mkfifo(output.appendingPathComponent("a/pijp").path, 0o644) == 0)
        #expect(SiteBuilder(options: FixtureSite.options(root: root)).build().writeError?.english.contains("a/pijp") == true)
        try FileManager.default.removeItem(at: output.appendingPathComponent("a/pijp"))

        // The manifest beside the folder as a link: its target would be appended to.
        let manifest = root.appendingPathComponent(".site.kennisbank-manifest")
        try FileManager.default.removeItem(at: manifest)
        try Self.link(".site.kennisbank-manifest", in: root, to: outside.appendingPathComponent("geheim.css").path)
        let linked = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(linked.writeError?.english.contains(".site.kennisbank-manifest") == true, "\(linked.writeError?.english ?? "no error")")
        #expect(try String(contentsOf: outside.appendingPathComponent("geheim.css"), encoding: .utf8) == "title: \(Self.secret)\n")

        // The output folder itself as a link.
        try FileManager.default.removeItem(at: manifest)
        let elsewhere = outside.appendingPathComponent("uit")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let linkedOutput = root.appendingPathComponent("gelinkt")
        #expect(symlink(elsewhere.path, linkedOutput.path) == 0)
        let intoLink = SiteBuilder(options: FixtureSite.options(root: root, output: linkedOutput)).build()
        #expect(intoLink.writeError?.english.contains("refusing to write into \(linkedOutput.path)") == true, "\(intoLink.writeError?.english ?? "no error")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func aThemeNameCannotLeadOutOfThemes() {
        let result = FixtureSite.build("""
        -- kennisbank.yml --
        title: T
        theme: ../../etc
        -- content/index.md --
        ---
        title: Home
        ---
        """)
        let error = result.diagnostics.first { $0.location.file == "kennisbank.yml" }
        #expect(error?.message.english == "theme: '../../etc' is not the name of a folder in themes/")
        #expect(error?.location.line == 2 && error?.location.column == 8)
    }
}
