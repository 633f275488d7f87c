import Build
import Configuration
import Foundation
import SiteModel
import Testing

@Suite struct BuildPipelineTests {
    static let site = """
    -- content/index.md --
    ---
    title: Home
    ---
    Welkom. Zie [A](a/_index.md).
    -- content/a/_index.md --
    ---
    title: A
    weight: 2
    ---
    -- content/a/twee.md --
    ---
    title: Twee
    weight: 2
    ---
    ## Kop
    -- content/a/een.md --
    ---
    title: Een
    weight: 1
    ---
    Tekst.
    -- content/a/concept.md --
    ---
    title: Concept
    draft: true
    ---
    Nog niet klaar.
    """

    @Test func buildsTheSameBytesTwice() {
        let first = FixtureSite.build(Self.site)
        let second = FixtureSite.build(Self.site)
        #expect(first.diagnostics.isEmpty)
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files == second.files)
    }

    @Test func ordersPagesByWeightThenTitle() throws {
        let result = FixtureSite.build(Self.site)
        let section = try #require(result.files.first { $0.path == "a/index.html" })
        let html = String(decoding: section.data, as: UTF8.self)
        let een = try #require(html.range(of: ">Een</a>")), twee = try #require(html.range(of: ">Twee</a>"))
        #expect(een.lowerBound < twee.lowerBound)
    }

    @Test func leavesDraftsOutUnlessAsked() {
        let result = FixtureSite.build(Self.site)
        #expect(!result.files.contains { $0.path == "a/concept/index.html" })
        var options = FixtureSite.options()
        options.includeDrafts = true
        let withDrafts = FixtureSite.build(Self.site, options: options)
        #expect(withDrafts.files.contains { $0.path == "a/concept/index.html" })
    }

    @Test func writesNoTimestampUnlessInjected() throws {
        let plain = FixtureSite.build(Self.site)
        #expect(!plain.files.contains { String(decoding: $0.data, as: UTF8.self).contains("Bijgewerkt op") })
        var options = FixtureSite.options()
        options.buildDate = Date(timeIntervalSince1970: 1_795_000_000)
        let dated = FixtureSite.build(Self.site, options: options)
        let home = try #require(dated.files.first { $0.path == "index.html" })
        #expect(String(decoding: home.data, as: UTF8.self).contains("<time datetime=\"2026-11-18\">18 november 2026</time>"))
    }

    @Test func failedBuildLeavesThePreviousSiteAsItWas() throws {
        let root = try FixtureSite.writeToDisk(Self.site + "\n-- content/a/plaatje.png --\nPNG\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let good = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(!good.failed(strict: false) && good.writeError == nil)
        let output = root.appendingPathComponent("site")
        let before = try DiskSnapshot(output)
        #expect(before.files["a/een/index.html"] != nil && before.files["a/plaatje.png"] != nil)

        try "---\ntitle: Een\n---\nZie [weg](nergens.md).\n".write(
            to: root.appendingPathComponent("content/a/een.md"), atomically: true, encoding: .utf8)
        let bad = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(bad.failed(strict: false) && bad.written.isEmpty)
        #expect(try DiskSnapshot(output) == before, "bytes and modification times")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func writesOnlyWhatChangedAndRemovesWhatIsGone() throws {
        let root = try FixtureSite.writeToDisk(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        // Plain names: with content-hashed ones an edit of a page's text renames the search index,
        // which every page names, so every page changes (IncrementalBuildTests.matchesFullBuildWithHashedNames).
        func options(output: URL? = nil) -> BuildOptions {
            var options = FixtureSite.options(root: root, output: output)
            options.hashesAssetNames = false
            return options
        }
        let first = SiteBuilder(options: options()).build()
        #expect(first.writeError == nil && first.written.contains("a/een/index.html"))
        let before = try DiskSnapshot(output)

        try "---\ntitle: Een\nweight: 1\n---\nAndere tekst.\n".write(
            to: root.appendingPathComponent("content/a/een.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/a/twee.md"))
        let second = SiteBuilder(options: options()).build()
        #expect(second.writeError == nil && !second.unchanged)
        #expect(second.written.contains("a/een/index.html") && !second.written.contains("index.html"), "\(second.written)")
        #expect(second.removed == ["a/twee/index.html"])
        let after = try DiskSnapshot(output)
        #expect(after.stamps["index.html"] == before.stamps["index.html"], "an unchanged page keeps its modification time")
        #expect(after.files["a/twee/index.html"] == nil && !FileManager.default.fileExists(atPath: output.appendingPathComponent("a/twee").path))

        // The same bytes as the same site built into an empty folder.
        let fresh = root.appendingPathComponent("fresh")
        _ = SiteBuilder(options: options(output: fresh)).build()
        #expect(try DiskSnapshot(fresh).files == after.files)

        let third = SiteBuilder(options: options()).build()
        #expect(third.written.isEmpty && third.removed.isEmpty)
    }

    @Test func aBuildThatFindsNothingChangedRepeatsItsWarnings() throws {
        let root = try FixtureSite.writeToDisk(Self.site + "\n-- content/a/los.md --\n---\ntitle: Los\n---\nEen <b>vet</b> woord.\n"
                                                + "-- kennisbank.yml --\ntitle: Test\nkleur: rood\n")
        defer { try? FileManager.default.removeItem(at: root) }
        func build(strict: Bool = false) -> BuildResult {
            var options = FixtureSite.options(root: root)
            options.strict = strict
            let builder = SiteBuilder(options: options)
            builder.reusesUnchangedOutput = true
            return builder.build()
        }
        let first = build()
        #expect(!first.unchanged && first.diagnostics.warningCount == 3, "\(first.formattedDiagnostics)")
        let second = build()
        #expect(second.unchanged && second.diagnostics == first.diagnostics)
        #expect(second.formattedDiagnostics == first.formattedDiagnostics)
        #expect(build(strict: true).failed(strict: true), "--strict still fails on the remembered warning")

        // A page removed by hand is noticed: the folder no longer matches the manifest.
        try FileManager.default.removeItem(at: root.appendingPathComponent("site/a/een/index.html"))
        let repaired = build()
        #expect(!repaired.unchanged && repaired.written == ["a/een/index.html"])
        try "---\ntitle: Los\n---\nNu zonder HTML.\n".write(to: root.appendingPathComponent("content/a/los.md"), atomically: true, encoding: .utf8)
        let edited = build()
        #expect(!edited.unchanged && edited.diagnostics.count == 1 && edited.written.contains("a/los/index.html"),
                "only the config's warning is left: \(edited.formattedDiagnostics)")
    }

    @Test func siteWideAutolinkSwitchIsOverriddenByAPage() throws {
        let result = FixtureSite.build("""
        -- kennisbank.yml --
        autolink: false
        -- content/index.md --
        ---
        title: Home
        ---
        Over racisme, en expliciet [[Discriminatie]].
        -- content/eigen.md --
        ---
        title: Eigen
        autolink: true
        ---
        Ook hier gaat het over racisme.
        -- content/begrippen/racisme.md --
        ---
        title: Racisme
        definition: Uitsluiting op grond van ras.
        ---
        Uitleg.
        -- content/begrippen/discriminatie.md --
        ---
        title: Discriminatie
        definition: Ongerechtvaardigd onderscheid.
        ---
        Uitleg.
        """)
        #expect(!result.diagnostics.hasErrors, "\(result.formattedDiagnostics)")
        let home = try FixtureSite.output(result, "index.html")
        let own = try FixtureSite.output(result, "eigen/index.html")
        #expect(!home.contains("begrippen/racisme/index.html\">"))
        #expect(home.contains("<a class=\"term-link\" href=\"begrippen/discriminatie/index.html\">"))
        #expect(own.contains("<a class=\"term-link\" href=\"../begrippen/racisme/index.html\">"))
    }

    @Test func lowercasesASectionAndItsPagesAlike() {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        Zie [de sectie](Definities/_index.md).
        -- content/Definities/_index.md --
        ---
        title: Definities
        ---
        -- content/Definities/Racisme.md --
        ---
        title: Racisme
        ---
        """)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(Set(result.files.map(\.path)).isSuperset(of: ["definities/index.html", "definities/racisme/index.html"]))
    }

    @Test func refusesToWriteIntoAFolderThatIsNotASite() throws {
        let root = try FixtureSite.writeToDisk(Self.site + "\n-- documents/brief.txt --\nniet weggooien\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let options = FixtureSite.options(root: root, output: root.appendingPathComponent("documents"))
        let result = SiteBuilder(options: options).build()
        // The refusal names the folder and what to do once, not behind a generic 'cannot write'.
        #expect(result.writeError?.english.hasPrefix("\(options.output.path) holds files that kennisbank did not write") == true,
                "\(result.writeError?.english ?? "no error")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("documents").path) == ["brief.txt"])
        #expect(try String(contentsOf: root.appendingPathComponent("documents/brief.txt"), encoding: .utf8).hasPrefix("niet weggooien"))
    }

    @Test func themeOverridesTheDefaultFileByFile() throws {
        let root = try FixtureSite.writeToDisk(Self.site + """

        -- themes/default/templates/404.mustache --
        <p class="eigen-404">Eigen tekst</p>
        -- themes/default/assets/css/extra.css --
        body { }
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = SiteBuilder(options: FixtureSite.options(root: root), target: .memory).build()
        let notFound = try #require(result.files.first { $0.path == "404.html" })
        #expect(String(decoding: notFound.data, as: UTF8.self).contains("eigen-404"))
        let home = try #require(result.files.first { $0.path == "index.html" })
        #expect(String(decoding: home.data, as: UTF8.self).contains("class=\"site-header\""))
        // Every stylesheet, the site's own and the default theme's, is published under a name made from its bytes.
        let extra = try #require(result.copies.first { $0.path.hasPrefix("assets/css/extra.") })
        #expect(extra.path == "assets/css/extra.254fe7b0.css", "the first 8 hex digits of `sha256sum extra.css`")
        #expect(result.copies.contains { $0.path.hasPrefix("assets/css/kennisbank.") && $0.path.hasSuffix(".css") })
    }

    @Test func escapesTemplateValues() throws {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: "<script>alert('x')</script> & co"
        description: "\\"quoted\\" <b>"
        ---
        Tekst.
        """)
        let home = try #require(result.files.first { $0.path == "index.html" })
        let html = String(decoding: home.data, as: UTF8.self)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<b>"))
    }

    @Test func reportsDiagnosticsWithTheLineAndACaret() {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        weight: tien
        ---
        """)
        #expect(result.formattedDiagnostics == """
        content/index.md:3:9: fout: 'weight' moet een heel getal zijn, maar hier staat 'tien'
            weight: tien
                    ^
            tip: schrijf het getal in cijfers, bijvoorbeeld 'weight: 10'
        1 fout, 0 waarschuwingen
        """)
    }

    @Test func acceptsWindowsLineEndings() throws {
        let result = FixtureSite.build("-- content/index.md --\n---\r\ntitle: Home\r\n---\r\n## Kop\r\nTekst [hier](#kop).\r\n")
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        let home = try #require(result.files.first { $0.path == "index.html" })
        #expect(String(decoding: home.data, as: UTF8.self).contains("<h2 id=\"kop\">Kop</h2>"))
    }
}
