import Build
import Configuration
import Foundation
import SiteModel
import Starter
import Testing

/// `kennisbank init`: a new site that builds with --strict, links only what exists, carries no
/// organisation but its own, and never replaces a site.
@Suite struct SiteStarterTests {
    static let starter = SiteStarter(organisation: "Gemeente Voorbeeldstad")

    @Test func buildsWithStrictWithoutADiagnostic() {
        let result = StarterSite.build(StarterSite.files(of: Self.starter))
        #expect(result.diagnostics.allSatisfy { $0.severity == .note }, "\(result.formattedDiagnostics)")
        // The one note: the site has pipelines but no editURL yet; the config says where to set it.
        #expect(result.diagnostics.map(\.message.id) == [.editURLMissing], "\(result.formattedDiagnostics)")
        #expect(!result.failed(strict: true))
        // Every kind of page is there: home, section, page, term, glossary, quiz, quizzes, vragenlijst.
        for path in ["index.html", "voorbeeld-onderdeel/index.html", "voorbeeld-onderdeel/voorbeeldpagina/index.html",
                     "begrippen/index.html", "begrippen/voorbeeldbegrip/index.html", "toetsen/index.html",
                     "toetsen/voorbeeldtoets/index.html", "vragenlijsten/voorbeeldvragenlijst/index.html",
                     "toetsen/voorbeeldtoets.qti.zip", "print/index.html"] {
            #expect(result.files.contains { $0.path == path }, "no \(path)")
        }
    }

    @Test func everyLinkOfItsPagesAndOfTheThemeResolves() {
        let result = StarterSite.build(StarterSite.files(of: Self.starter))
        #expect(StarterSite.brokenLinks(in: result) == [])
        // The term is linked from the pages, and the quiz has one question of each kind.
        let section = result.files.first { $0.path == "voorbeeld-onderdeel/index.html" }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        #expect(section.contains("class=\"term-link\""))
        let quiz = result.files.first { $0.path == "toetsen/voorbeeldtoets/index.html" }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        for type in ["single", "multiple", "truefalse"] { #expect(quiz.contains("data-type=\"\(type)\""), "no \(type) question") }
    }

    @Test func saysOnEveryContentPageThatItIsAnExample() {
        // Our own pages carry the notice; the templates of `kennisbank new` say 'Schrijf hier' and 'Naam van'.
        for file in Self.starter.files where file.path.hasPrefix("content/") {
            let marked = ["Voorbeeldtekst", "voorbeeldsite", "Schrijf hier", "Naam van"].contains { file.text.contains($0) }
            #expect(marked, "\(file.path) does not say it is an example")
        }
        #expect(Self.starter.files.contains { $0.path == "content/index.md" && $0.text.contains("Dit is een voorbeeldsite") })
    }

    /// Every byte the build makes for another organisation, the theme's assets, print editions,
    /// search data and the files inside QTI packages included, is free of Amsterdam.
    @Test func aSiteForAnotherOrganisationNeverSaysAmsterdam() throws {
        let result = StarterSite.build(StarterSite.files(of: Self.starter))
        #expect(!result.failed(strict: true))
        var texts: [(String, Data)] = result.files.map { ($0.path, $0.data) }
        for file in result.files where file.path.hasSuffix(".zip") {
            let entries = try #require(StarterSite.zipEntries(file.data), "\(file.path) is not a zip this test can read")
            texts += entries.map { (file.path + "/" + $0.name, $0.data) }
        }
        for copy in result.copies { texts.append((copy.path, try copy.source.read())) }
        #expect(texts.count > 30)
        let found = texts.filter { String(decoding: $0.1, as: UTF8.self).range(of: "amsterdam", options: .caseInsensitive) != nil }
        #expect(found.map(\.0) == [])
        let home = String(decoding: try #require(result.files.first { $0.path == "index.html" }).data, as: UTF8.self)
        #expect(home.contains("<p class=\"site-footer__organisation\">Gemeente Voorbeeldstad</p>"))
    }

    @Test func refusesAFolderThatHoldsASiteAndWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("title: Oud\n".utf8).write(to: folder.appendingPathComponent("kennisbank.yml"))
        do {
            _ = try Self.starter.write(to: folder)
            Issue.record("init wrote into a folder that holds a site")
        } catch let error as SiteStarter.SiteExists {
            #expect(error.existing == ["content", "kennisbank.yml"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["content", "kennisbank.yml"])
        #expect(try String(contentsOf: folder.appendingPathComponent("kennisbank.yml"), encoding: .utf8) == "title: Oud\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content").path) == [])
    }

    @Test func writesEveryFileAndKeepsOnesThatExist() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("eigen\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        let outcome = try Self.starter.write(to: folder)
        #expect(outcome.kept == [".gitignore"])
        #expect(outcome.written == Self.starter.files.map(\.path).filter { $0 != ".gitignore" })
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8) == "eigen\n")
        for file in Self.starter.files where file.path != ".gitignore" {
            #expect(try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8) == file.text)
        }
        // Written to disk, it builds as it did in memory.
        var options = BuildOptions(root: folder, strict: true, defaultThemeFolder: StarterSite.themeFolder, now: StarterSite.now)
        options.baseURL = .none
        let result = SiteBuilder(options: options, target: .memory).build()
        #expect(result.diagnostics.allSatisfy { $0.severity == .note }, "\(result.formattedDiagnostics)")
    }

    @Test func writesBothContentOnlyPipelines() {
        let paths = Self.starter.files.map(\.path)
        #expect(paths.contains(".gitlab-ci.yml") && paths.contains(".github/workflows/kennisbank.yml"))
        let pinned = SiteStarter(version: "9.8.7").files.filter { $0.path.hasSuffix(".yml") && $0.path != SiteConfig.fileName }
        #expect(pinned.count == 2 && pinned.allSatisfy { $0.text.contains("KENNISBANK_VERSION: \"9.8.7\"") })
        for file in Self.starter.files where file.path.hasSuffix(".yml") && file.path != SiteConfig.fileName {
            #expect(file.text.contains("kennisbank\" build --strict"), "\(file.path)")
            #expect(!file.text.contains("make test"), "\(file.path) runs this repository's test suite")
        }
    }

    @Test func quotesAnyOrganisationSoTheConfigStaysValid() {
        let starter = SiteStarter(organisation: "Stichting \"Samen\": #1 \\ welzijn", title: "Kennis: bank")
        let result = StarterSite.build(StarterSite.files(of: starter))
        #expect(result.diagnostics.allSatisfy { $0.severity == .note }, "\(result.formattedDiagnostics)")
        let home = result.files.first { $0.path == "index.html" }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        #expect(home.contains("Stichting &quot;Samen&quot;: #1 \\ welzijn"))
        #expect(home.contains("<title>Kennis: bank</title>"))
    }
}
