import Build
import Configuration
import Foundation
import History
import SiteModel
import SiteTestSupport
import Testing

/// After any sequence of edits a builder that keeps its state between builds (as `serve` does)
/// must leave its output folder holding exactly the bytes a first build writes into an empty
/// folder, and report the same diagnostics.
@Suite struct IncrementalBuildTests {
    let site: TestSite
    let builder: SiteBuilder

    init() throws {
        site = try TestSite()
        builder = SiteBuilder(options: Self.options(site.root, output: site.url("serve-out")))
    }

    /// The options of both builds: plain file names, as `serve` keeps them (`DevServer`), unless
    /// `hashed`.
    static func options(_ root: URL, output: URL, hashed: Bool = false) -> BuildOptions {
        var options = BuildOptions(root: root, output: output, injectedScript: "<script>/* reload */</script>")
        options.hashesAssetNames = hashed
        return options
    }

    /// Builds the site from scratch into an empty folder and compares both folders byte for byte;
    /// after a failed build (which writes nothing), only the diagnostics.
    @discardableResult
    func expectSameAsFullBuild(_ report: BuildResult, _ step: String, hashed: Bool = false,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildResult {
        let fullOutput = site.url("full-out")
        try? FileManager.default.removeItem(at: fullOutput)
        let full = SiteBuilder(options: Self.options(site.root, output: fullOutput, hashed: hashed)).build()
        #expect(report.diagnostics == full.diagnostics, "\(step): diagnostics differ:\n\(report.formattedDiagnostics)\n---\n\(full.formattedDiagnostics)", sourceLocation: sourceLocation)
        guard !full.failed(strict: false) else {
            #expect(report.written.isEmpty && report.removed.isEmpty, "\(step): a failed build writes nothing", sourceLocation: sourceLocation)
            return report
        }
        let expected = TestSite.files(in: fullOutput)
        let actual = TestSite.files(in: site.url("serve-out"))
        #expect(report.writeError == nil, "\(step): \(report.writeError?.english ?? "")", sourceLocation: sourceLocation)
        #expect(Set(actual.keys) == Set(expected.keys), "\(step): files differ: only incremental \(Set(actual.keys).subtracting(expected.keys).sorted()), only full \(Set(expected.keys).subtracting(actual.keys).sorted())", sourceLocation: sourceLocation)
        for (path, data) in expected where actual[path] != nil && actual[path] != data {
            Issue.record("\(step): \(path) differs from a full build", sourceLocation: sourceLocation)
        }
        return report
    }

    func rebuild(_ changes: Set<String>?) -> BuildResult { builder.build(changes: changes) }

    @Test func matchesFullBuildAfterEverySortOfEdit() throws {
        defer { site.delete() }
        let first = try expectSameAsFullBuild(rebuild(nil), "first build")
        #expect(first.renderedAll)
        #expect(!first.diagnostics.hasErrors, "\(first.formattedDiagnostics)")

        try site.edit("content/definities/discriminatie.md", replacing: "ongelijke behandeling", with: "ongelijke behandeling van mensen")
        let body = try expectSameAsFullBuild(rebuild(["content/definities/discriminatie.md"]), "body edit")
        #expect(body.parsedCount == 1 && body.processedCount == 1 && !body.renderedAll)
        #expect(body.written.contains("definities/discriminatie/index.html"))
        #expect(!body.written.contains("definities/racisme/index.html"))

        try site.edit("content/definities/discriminatie.md", replacing: "Een voorbeeld", with: "Meld het bij een ADV. Een voorbeeld")
        let backlink = try expectSameAsFullBuild(rebuild(["content/definities/discriminatie.md"]), "term mentioned")
        #expect(backlink.written.contains("begrippen/adv/index.html"), "the term page lists the new backlink")

        try site.write("content/definities/nieuw.md", "---\ntitle: Nieuw\nweight: 3\n---\nEen nieuwe pagina over [[ADV]].\n")
        let added = try expectSameAsFullBuild(rebuild(["content/definities/nieuw.md"]), "page added")
        #expect(added.written.contains("definities/nieuw/index.html"))

        try site.remove("content/definities/nieuw.md")
        let removed = try expectSameAsFullBuild(rebuild(["content/definities/nieuw.md"]), "page removed")
        #expect(removed.removed.contains("definities/nieuw/index.html"))

        try site.edit("content/definities/discriminatie.md", replacing: "## Wat het is", with: "## Wat discriminatie is")
        let renamed = try expectSameAsFullBuild(rebuild(["content/definities/discriminatie.md"]), "heading renamed")
        let broken = renamed.diagnostics.filter { $0.severity == .error }
        #expect(broken.count == 1 && broken.first?.location.file == "content/hulp/melden.md",
                "renaming a linked heading must break the link: \(renamed.formattedDiagnostics)")
        #expect(broken.first?.message.english.contains("wat-het-is") == true)

        try site.edit("content/hulp/melden.md", replacing: "#wat-het-is", with: "#wat-discriminatie-is")
        let fixed = try expectSameAsFullBuild(rebuild(["content/hulp/melden.md"]), "link fixed")
        #expect(!fixed.diagnostics.hasErrors)

        try site.edit("content/definities/discriminatie.md", replacing: "Meld het bij een ADV. ", with: "")
        try site.edit("content/hulp/melden.md", replacing: "de [antidiscriminatievoorziening](../begrippen/adv.md)", with: "het loket")
        let unreferenced = try expectSameAsFullBuild(
            rebuild(["content/definities/discriminatie.md", "content/hulp/melden.md"]), "term no longer referenced")
        #expect(unreferenced.diagnostics.contains { $0.message.english.contains("no page references the term 'Antidiscriminatievoorziening'") })

        let template = try String(contentsOf: ThemeLocatorPath.defaultTheme.appendingPathComponent("templates/page.mustache"), encoding: .utf8)
        try site.write("themes/default/templates/page.mustache", template + "<!-- eigen sjabloon -->\n")
        let themed = try expectSameAsFullBuild(rebuild(["themes/default/templates/page.mustache"]), "template edited")
        #expect(themed.renderedAll && themed.parsedCount == 0 && themed.processedCount == 0)

        try site.write("themes/default/templates/page.mustache", "{{#body}} never closed")
        let brokenTheme = rebuild(["themes/default/templates/page.mustache"])
        #expect(brokenTheme.diagnostics.contains { $0.message.english.contains("does not parse") })
        try site.edit("content/definities/racisme.md", replacing: "vele vormen", with: "heel veel vormen")
        _ = rebuild(["content/definities/racisme.md"])
        try site.remove("themes/default/templates/page.mustache")
        try expectSameAsFullBuild(rebuild(["themes/default/templates/page.mustache"]), "template fixed")
    }

    @Test func matchesFullBuildAfterVragenlijstEdits() throws {
        defer { site.delete() }
        try site.write("content/vragenlijsten/_index.md", "---\ntitle: Vragenlijsten\n---\n")
        try site.write("content/vragenlijsten/scan.md", """
        ---
        title: Scan
        scales:
          vaak: [Nooit, Soms, Vaak]
        themes:
          - id: t
            title: Thema
            questions:
              - {id: a, type: scale, scale: vaak, text: Eerste}
              - {id: b, type: scale, scale: vaak, text: Tweede}
            levels:
              - {label: Laag, max: 4, text: Goed., links: [../definities/racisme.md]}
              - {label: Hoog, text: Let op.}
        ---
        Intro.

        """)
        let first = try expectSameAsFullBuild(rebuild(nil), "first build")
        #expect(first.written.contains("vragenlijsten/scan/index.html"))

        try site.edit("content/vragenlijsten/scan.md", replacing: "text: Goed.", with: "text: Heel goed.")
        let text = try expectSameAsFullBuild(rebuild(["content/vragenlijsten/scan.md"]), "level text changed")
        #expect(text.written.contains("vragenlijsten/scan/index.html") && !text.renderedAll)

        try site.edit("content/definities/racisme.md", replacing: "title: Racisme", with: "title: Racisme als vorm")
        let retitled = try expectSameAsFullBuild(rebuild(["content/definities/racisme.md"]), "linked page retitled")
        #expect(retitled.written.contains("vragenlijsten/scan/index.html"), "the level's 'Lees meer' link shows the new title")

        try site.edit("content/vragenlijsten/scan.md", replacing: "max: 4", with: "max: 6")
        let broken = try expectSameAsFullBuild(rebuild(["content/vragenlijsten/scan.md"]), "level unreachable")
        #expect(broken.diagnostics.contains { $0.message.english.contains("can never be reached") })

        try site.edit("content/vragenlijsten/scan.md", replacing: "max: 6", with: "max: 3")
        try site.remove("content/definities/racisme.md")
        let missing = try expectSameAsFullBuild(rebuild(["content/vragenlijsten/scan.md", "content/definities/racisme.md"]), "linked page removed")
        #expect(missing.diagnostics.contains { $0.location.file == "content/vragenlijsten/scan.md" && $0.message.english.contains("does not exist") })
    }

    @Test func matchesFullBuildAfterMainMenuEdits() throws {
        defer { site.delete() }
        try site.write("content/contact.md", "---\ntitle: Contact\n---\nBel ons.\n")
        try expectSameAsFullBuild(rebuild(nil), "first build")
        // Every page's header changes when a page joins the menu, is retitled there, or leaves it.
        try site.edit("content/contact.md", replacing: "title: Contact", with: "title: Contact\nmenu: true")
        let joined = try expectSameAsFullBuild(rebuild(["content/contact.md"]), "page joins the menu")
        #expect(joined.renderedAll)
        try site.edit("content/contact.md", replacing: "title: Contact", with: "title: Bel of mail")
        let retitled = try expectSameAsFullBuild(rebuild(["content/contact.md"]), "menu page retitled")
        #expect(retitled.renderedAll)
        try site.edit("content/contact.md", replacing: "menu: true", with: "menu: false")
        try expectSameAsFullBuild(rebuild(["content/contact.md"]), "page leaves the menu")
    }

    @Test func matchesFullBuildAfterIndexAndGlossaryEdits() throws {
        defer { site.delete() }
        try expectSameAsFullBuild(rebuild(nil), "first build")

        try site.edit("content/definities/racisme.md", replacing: "title: Racisme", with: "title: Racisme en discriminatie")
        let retitled = try expectSameAsFullBuild(rebuild(["content/definities/racisme.md"]), "title changed")
        #expect(!retitled.renderedAll && retitled.written.contains("definities/discriminatie/index.html"),
                "the pager of the neighbour shows the new title")

        try site.edit("content/definities/discriminatie.md", replacing: "description: Wat discriminatie is.", with: "description: Over discriminatie.")
        try expectSameAsFullBuild(rebuild(["content/definities/discriminatie.md"]), "description changed")

        try site.edit("content/definities/_index.md", replacing: "title: Definities", with: "title: Begrippen en definities")
        let section = try expectSameAsFullBuild(rebuild(["content/definities/_index.md"]), "section title changed")
        #expect(section.renderedAll, "every page's navigation shows section titles")

        try site.edit("content/definities/racisme.md", replacing: "weight: 2", with: "weight: 0")
        try expectSameAsFullBuild(rebuild(["content/definities/racisme.md"]), "weight changed")

        try site.edit("content/begrippen/adv.md", replacing: "aliases: [ADV]", with: "aliases: [ADV, loket]")
        try expectSameAsFullBuild(rebuild(["content/begrippen/adv.md"]), "alias added")

        try site.edit("content/begrippen/institutioneel-racisme.md", replacing: "in regels en gewoonten", with: "in de regels en gewoonten")
        let definition = try expectSameAsFullBuild(rebuild(["content/begrippen/institutioneel-racisme.md"]), "definition changed")
        #expect(!definition.renderedAll && definition.written.contains("assets/definities.js"))
        #expect(!definition.written.contains("definities/racisme/index.html"),
                "pages that use the term do not change: the pop-ups' definitions are in one script")

        try site.edit("content/toetsen/definities.md", replacing: "Racisme is een vorm", with: "Racisme is echt een vorm")
        try expectSameAsFullBuild(rebuild(["content/toetsen/definities.md"]), "quiz question changed")

        try site.write("content/hulp/folder.pdf", "%PDF-1.4\n")
        try site.edit("content/hulp/melden.md", replacing: "## Hoe", with: "## Hoe\n\nDe [folder](folder.pdf).")
        try expectSameAsFullBuild(rebuild(["content/hulp/folder.pdf", "content/hulp/melden.md"]), "static file added")

        try site.edit("content/hulp/melden.md", replacing: "## Hoe", with: "## Hoe\n\nEen <b>vet</b> woord.")
        try expectSameAsFullBuild(rebuild(["content/hulp/melden.md"]), "raw HTML added")
        try site.edit("kennisbank.yml", replacing: "title: Testbank", with: "unsafe: true\ntitle: Testbank")
        let unsafe = try expectSameAsFullBuild(rebuild(["kennisbank.yml"]), "config changed alone")
        #expect(unsafe.renderedAll && unsafe.processedCount == unsafe.pageCount)

        try site.write("content/hulp/draft.md", "---\ntitle: Concept\ndraft: true\n---\nNog niet klaar.\n")
        try site.edit("kennisbank.yml", replacing: "title: Testbank", with: "title: Testbank 2")
        try expectSameAsFullBuild(rebuild(["content/hulp/draft.md", "kennisbank.yml"]), "draft added, config changed")

        try FileManager.default.moveItem(at: site.url("content/hulp"), to: site.url("content/steun"))
        try site.edit("content/index.md", replacing: "hulp/melden.md", with: "steun/melden.md")
        try expectSameAsFullBuild(rebuild(["content/hulp", "content/steun", "content/index.md"]), "folder renamed")

        try site.write("content/definities/kapot.md", "---\ntitle: [oeps\n---\nKapot.\n")
        let broken = try expectSameAsFullBuild(rebuild(["content/definities/kapot.md"]), "front matter broken")
        #expect(broken.diagnostics.hasErrors)

        try expectSameAsFullBuild(rebuild(nil), "rescan without hints")
    }

    /// A commit changes a page's date without touching a watched file; the next rebuild renders it.
    @Test func rendersPagesWhoseDateChanged() throws {
        defer { site.delete() }
        let history = ChangingHistory()
        let builder = SiteBuilder(options: Self.options(site.root, output: site.url("serve-out")), history: history)
        func fullBuild() throws -> [String: Data] {
            try? FileManager.default.removeItem(at: site.url("full-out"))
            let full = SiteBuilder(options: Self.options(site.root, output: site.url("full-out")), history: history).build()
            #expect(full.writeError == nil && !full.failed(strict: false))
            return TestSite.files(in: site.url("full-out"))
        }
        _ = builder.build(changes: nil)
        #expect(TestSite.files(in: site.url("serve-out")) == (try fullBuild()))
        history.dates = ["content/definities/racisme.md": Date(timeIntervalSince1970: 1_796_169_600)]
        let report = builder.build(changes: [])
        #expect(report.written.contains("definities/racisme/index.html") && !report.renderedAll)
        #expect(!report.written.contains("definities/discriminatie/index.html"))
        let page = String(decoding: TestSite.files(in: site.url("serve-out"))["definities/racisme/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("Laatst bijgewerkt op <time datetime=\"2026-12-02\">2 december 2026</time>"))
        #expect(TestSite.files(in: site.url("serve-out")) == (try fullBuild()))
    }

    @Test func searchIndexPartsFollowTheSiteAndItsSynonyms() throws {
        defer { site.delete() }
        // Enough distinct words for more than one part of postings; then most pages go, and the parts the
        // smaller index no longer has must go too (a full build would not write them).
        for n in 0..<160 {
            let words = (0..<40).map { "woord\(n)x\($0)" }.joined(separator: " ")
            try site.write("content/definities/veel-\(n).md", "---\ntitle: Veel \(n)\n---\n\(words)\n")
        }
        try expectSameAsFullBuild(rebuild(nil), "many pages")
        let parts = TestSite.files(in: site.url("serve-out")).keys.filter { $0.hasPrefix("search/terms-") }
        #expect(parts.count > 1, "\(parts.sorted())")
        let gone = Set((1..<160).map { "content/definities/veel-\($0).md" })
        for path in gone { try site.remove(path) }
        try expectSameAsFullBuild(rebuild(gone), "most pages removed")
        #expect(!TestSite.files(in: site.url("serve-out")).keys.contains("search/terms-1.js"))

        try site.write("kennisbank.yml", "title: Test\nsynoniemen:\n  - [klacht, melding]\n")
        try expectSameAsFullBuild(rebuild(["kennisbank.yml"]), "synonyms added")
        #expect(try site.read("serve-out/search-index.js").contains("[[\"klacht\"],[\"melding\"]]"))
    }

    /// With content-hashed names (`kennisbank build`) an edit renames the search index's entry; pages
    /// do not name it (assets/data.js does), so only the edited page and what shows it change.
    @Test func matchesFullBuildWithHashedNames() throws {
        defer { site.delete() }
        let builder = SiteBuilder(options: Self.options(site.root, output: site.url("serve-out"), hashed: true))
        let first = try expectSameAsFullBuild(builder.build(changes: nil), "first build", hashed: true)
        #expect(first.written.contains { $0.hasPrefix("search-index.") && $0 != "search-index.js" })
        #expect(first.written.contains { $0.hasPrefix("assets/definities.") && $0 != "assets/definities.js" })

        try site.edit("content/definities/racisme.md", replacing: "vele vormen", with: "vele verschillende vormen")
        let edited = try expectSameAsFullBuild(builder.build(changes: ["content/definities/racisme.md"]), "body edited", hashed: true)
        #expect(!edited.renderedAll && edited.renderedCount == 1, "the search index's new name is in assets/data.js only")
        #expect(edited.written.contains("assets/data.js") && !edited.written.contains("index.html"), "\(edited.written)")
        #expect(edited.removed.contains { $0.hasPrefix("search-index.") }, "the old entry goes")

        try site.edit("content/begrippen/institutioneel-racisme.md", replacing: "in regels en gewoonten", with: "in de regels en gewoonten")
        let definition = try expectSameAsFullBuild(builder.build(changes: ["content/begrippen/institutioneel-racisme.md"]),
                                                   "definition changed", hashed: true)
        #expect(definition.removed.contains { $0.hasPrefix("assets/definities.") }, "the old definitions script goes")
        #expect(!definition.renderedAll && !definition.written.contains("definities/racisme/index.html"),
                "pages that only link the term keep their bytes: \(definition.written)")
    }

    /// `serve` defers the search index and the print editions (they hold every page); once made and
    /// committed, the folder is what a first build writes.
    @Test func deferredFilesCatchUp() throws {
        defer { site.delete() }
        try expectSameAsFullBuild(rebuild(nil), "first build")
        try site.edit("content/definities/racisme.md", replacing: "vele vormen", with: "vele verschillende vormen")
        let report = builder.build(changes: ["content/definities/racisme.md"], deferSlowFiles: true)
        #expect(report.filesPending && report.written.contains("definities/racisme/index.html"))
        #expect(try !site.read("serve-out/print/index.html").contains("vele verschillende vormen"), "the edition waits")
        let pending = try #require(builder.deferredFiles())
        #expect(pending.description.english == "search index (9 documents) and print editions", "\(pending.description)")
        #expect(try builder.commit(pending, rendered: pending.render()))
        #expect(builder.deferredFiles() == nil)
        #expect(try site.read("serve-out/print/index.html").contains("vele verschillende vormen"))
        try expectSameAsFullBuild(report, "after the deferred files")
    }
}

/// Dates a test changes between rebuilds, as a commit would.
final class ChangingHistory: SourceHistory, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Date] = [:]

    var dates: [String: Date] {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    func lastChanges() -> SourceDates { SourceDates(byPath: dates, origin: .fixedDates(dates.count)) }
}

/// The default theme of this repository, for tests that override one template.
enum ThemeLocatorPath {
    static var defaultTheme: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes/default")
    }
}
