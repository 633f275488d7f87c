import Build
import Configuration
import Foundation
import SiteModel
import Starter
import Testing
import Theme

/// `kennisbank theme export`: the built-in theme as files, which a site then overrides it with.
@Suite struct ThemeExportTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kb-theme-\(UUID().uuidString)")
    }

    @Test func copiesEveryTemplateAndAssetAndNeverWritesOverOne() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ThemeExporter.export(from: StarterSite.themeFolder, to: folder)
        #expect(written.contains("templates/layout.mustache") && written.contains("assets/css/kennisbank.css")
                && written.contains("assets/js/kennisbank.js") && written.contains("templates/partials/header.mustache"))
        #expect(written == ThemeExporter.files(of: StarterSite.themeFolder))
        for path in written {
            #expect(FileManager.default.contentsEqual(atPath: folder.appendingPathComponent(path).path,
                                                     andPath: StarterSite.themeFolder.appendingPathComponent(path).path), "\(path)")
        }
        // A second export, with one file changed since, refuses and leaves the change alone.
        let layout = folder.appendingPathComponent("templates/layout.mustache")
        try Data("eigen".utf8).write(to: layout)
        do {
            try ThemeExporter.export(from: StarterSite.themeFolder, to: folder)
            Issue.record("a second export wrote over the first")
        } catch let error as ThemeExporter.FilesExist {
            #expect(error.existing == written)
        }
        #expect(try String(contentsOf: layout, encoding: .utf8) == "eigen")
    }

    /// README's example: export into themes/eigen, change the footer of the layout, add a colour in
    /// `assets/css/eigen.css`, keep only those files and set `theme: eigen`. An exported stylesheet
    /// that is edited in place overrides the built-in one too.
    @Test func anExportedThenEditedThemeOverridesTheBuiltInOne() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteStarter().write(to: root)
        let theme = root.appendingPathComponent("themes/eigen")
        try ThemeExporter.export(from: StarterSite.themeFolder, to: theme)
        let layout = theme.appendingPathComponent("templates/layout.mustache")
        try String(contentsOf: layout, encoding: .utf8)
            .replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer\">\n<p>Vragen? Mail naar kennisbank@voorbeeldstad.nl</p>")
            .write(to: layout, atomically: true, encoding: .utf8)
        try ":root { --kleur-accent: #00695c; --kleur-link: #00507a; }\n"
            .write(to: theme.appendingPathComponent("assets/css/eigen.css"), atomically: true, encoding: .utf8)
        let stylesheet = theme.appendingPathComponent("assets/css/kennisbank.css")
        let css = try String(contentsOf: stylesheet, encoding: .utf8)
        #expect(css.contains("--kleur-vlak: #f3f5f7;"))
        try css.replacingOccurrences(of: "--kleur-vlak: #f3f5f7;", with: "--kleur-vlak: #eef6f4;").write(to: stylesheet, atomically: true, encoding: .utf8)
        let kept = ["templates/layout.mustache", "assets/css/kennisbank.css", "assets/css/eigen.css"]
        for path in ThemeExporter.files(of: theme) where !kept.contains(path) {
            try FileManager.default.removeItem(at: theme.appendingPathComponent(path))
        }
        let config = root.appendingPathComponent("kennisbank.yml")
        try (String(contentsOf: config, encoding: .utf8) + "theme: eigen\n").write(to: config, atomically: true, encoding: .utf8)

        var options = BuildOptions(root: root, strict: true, defaultThemeFolder: StarterSite.themeFolder, now: StarterSite.now)
        options.baseURL = .none
        let result = SiteBuilder(options: options, target: .memory).build()
        #expect(result.diagnostics.allSatisfy { $0.severity == .note }, "\(result.formattedDiagnostics)")
        let home = String(decoding: try #require(result.files.first { $0.path == "index.html" }).data, as: UTF8.self)
        #expect(home.contains("<p>Vragen? Mail naar kennisbank@voorbeeldstad.nl</p>"))
        #expect(home.contains("class=\"site-header\""), "the header partial still comes from the built-in theme")
        for (name, value) in [("eigen", "--kleur-accent: #00695c;"), ("kennisbank", "--kleur-vlak: #eef6f4;")] {
            let published = try #require(result.copies.first { $0.path.hasPrefix("assets/css/\(name).") })
            #expect(published.source.url.standardizedFileURL.path.hasPrefix(theme.standardizedFileURL.path))
            #expect(home.contains(published.path), "the page does not load \(published.path)")
            #expect(String(decoding: try published.source.read(), as: UTF8.self).contains(value))
        }
    }
}

/// A colour without copying the whole stylesheet: a site theme's `assets/css/eigen.css` loads after
/// the built-in styles, and only when it exists.
@Suite struct OwnStylesheetTests {
    @Test func aSitesOwnStylesheetLoadsLastAndOnlyWhenItExists() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kb-eigen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteStarter().write(to: root)
        var options = BuildOptions(root: root, strict: true, defaultThemeFolder: StarterSite.themeFolder, now: StarterSite.now)
        options.baseURL = .none
        let before = SiteBuilder(options: options, target: .memory).build()
        let plain = String(decoding: try #require(before.files.first { $0.path == "index.html" }).data, as: UTF8.self)
        #expect(!plain.contains("eigen."))

        let css = root.appendingPathComponent("themes/default/assets/css/eigen.css")
        try FileManager.default.createDirectory(at: css.deletingLastPathComponent(), withIntermediateDirectories: true)
        try ":root { --kleur-accent: #00695c; }\n".write(to: css, atomically: true, encoding: .utf8)
        let after = SiteBuilder(options: options, target: .memory).build()
        #expect(after.diagnostics.allSatisfy { $0.severity == .note }, "\(after.formattedDiagnostics)")
        let home = String(decoding: try #require(after.files.first { $0.path == "index.html" }).data, as: UTF8.self)
        let own = try #require(home.firstMatch(of: /<link rel="stylesheet" href="\.\/(assets\/css\/eigen\.[0-9a-f]{8}\.css)">/)?.output.1)
        let builtIn = try #require(home.range(of: "assets/css/kennisbank."))
        #expect(builtIn.lowerBound < home.range(of: String(own))!.lowerBound, "eigen.css must come after kennisbank.css")
        #expect(after.copies.contains { $0.path == String(own) && $0.source.url.standardizedFileURL == css.standardizedFileURL })
    }
}
