@testable import Build
import Pages
import Configuration
import Foundation
import SiteModel
import SiteTestSupport
import Testing

/// What one edit forces a kept builder (`serve`) to redo, counted per kind of edit, as Hugo's
/// `hugolib/rebuild_test.go` counts renders. The rules live in `RebuildRules`; this table pins what
/// they decide, so a change that makes an edit redo more (slower) or less (stale pages, which
/// `IncrementalBuildTests` would catch byte for byte) shows here first, by name.
///
/// The site is `TestSite.fixture`: 9 pages (home, 2 section pages, 3 ordinary pages, 2 terms, a quiz).
/// Whenever the index is built anew (a title, a term, a page added), the quiz is transformed again:
/// it is checked against the index.
@Suite struct RebuildRuleTests {
    /// What a rebuild did: files parsed, pages transformed, pages rendered, and whether it rendered all.
    struct Work: Equatable, CustomStringConvertible {
        var parsed: Int
        var transformed: Int
        var rendered: Int
        var all: Bool

        var description: String { "parsed \(parsed), transformed \(transformed), rendered \(rendered)\(all ? " (all)" : "")" }
    }

    /// One kind of edit: what it changes on disk, and the paths a watcher would report.
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (TestSite) throws -> Set<String>
        var expected: Work

        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "nothing changed", apply: { _ in [] },
             expected: Work(parsed: 0, transformed: 0, rendered: 0, all: false)),
        Edit(name: "the text of an ordinary page", apply: { site in
            try site.edit("content/definities/discriminatie.md", replacing: "ongelijke behandeling", with: "ongelijke behandeling van mensen")
            return ["content/definities/discriminatie.md"]
        }, expected: Work(parsed: 1, transformed: 1, rendered: 1, all: false)),
        Edit(name: "a page's text now names a glossary term", apply: { site in
            try site.edit("content/definities/discriminatie.md", replacing: "Een voorbeeld", with: "Meld het bij een ADV. Een voorbeeld")
            return ["content/definities/discriminatie.md"]
        }, expected: Work(parsed: 1, transformed: 1, rendered: 2, all: false)),
        Edit(name: "the title of an ordinary page", apply: { site in
            try site.edit("content/definities/racisme.md", replacing: "title: Racisme", with: "title: Racisme en discriminatie")
            return ["content/definities/racisme.md"]
        }, expected: Work(parsed: 1, transformed: 2, rendered: 5, all: false)),
        Edit(name: "a heading that another page links to", apply: { site in
            try site.edit("content/definities/discriminatie.md", replacing: "## Voorbeelden", with: "## Voorbeelden uit de praktijk")
            return ["content/definities/discriminatie.md"]
        }, expected: Work(parsed: 1, transformed: 4, rendered: 4, all: false)),
        Edit(name: "a term's definition", apply: { site in
            try site.edit("content/begrippen/adv.md", replacing: "Een loket waar je discriminatie meldt.", with: "Een loket voor meldingen van discriminatie.")
            return ["content/begrippen/adv.md"]
        }, expected: Work(parsed: 1, transformed: 2, rendered: 2, all: false)),
        Edit(name: "a term's alias", apply: { site in
            try site.edit("content/begrippen/adv.md", replacing: "aliases: [ADV]", with: "aliases: [ADV, meldpunt]")
            return ["content/begrippen/adv.md"]
        }, expected: Work(parsed: 1, transformed: 9, rendered: 9, all: true)),
        Edit(name: "a page added", apply: { site in
            try site.write("content/definities/nieuw.md", "---\ntitle: Nieuw\nweight: 3\n---\nEen nieuwe pagina.\n")
            return ["content/definities/nieuw.md"]
        }, expected: Work(parsed: 1, transformed: 2, rendered: 10, all: true)),
        Edit(name: "a page removed, with the link to it", apply: { site in
            try site.remove("content/hulp/melden.md")
            try site.edit("content/index.md", replacing: " en [melden](hulp/melden.md)", with: "")
            return ["content/hulp/melden.md", "content/index.md"]
        }, expected: Work(parsed: 2, transformed: 2, rendered: 8, all: true)),
        Edit(name: "a quiz question's feedback", apply: { site in
            try site.edit("content/toetsen/definities.md", replacing: "feedback: \"Klopt.\"", with: "feedback: \"Klopt, dat is zo.\"")
            return ["content/toetsen/definities.md"]
        }, expected: Work(parsed: 1, transformed: 1, rendered: 1, all: false)),
        Edit(name: "kennisbank.yml", apply: { site in
            try site.edit("kennisbank.yml", replacing: "title: Testbank", with: "title: Testbank Amsterdam")
            return ["kennisbank.yml"]
        }, expected: Work(parsed: 0, transformed: 9, rendered: 9, all: true)),
        Edit(name: "a static file's bytes", apply: { site in
            try site.write("content/definities/schema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"></svg>\n")
            return ["content/definities/schema.svg"]
        }, expected: Work(parsed: 0, transformed: 0, rendered: 0, all: false)),
    ]

    /// Each edit on a fresh copy of the site after a first build, then the counts of the rebuild; the
    /// output must also equal a fresh build's (the counts are only worth pinning if the result is right).
    @Test(arguments: edits)
    func redoesWhatTheEditAffects(edit: Edit) throws {
        let site = try TestSite()
        defer { site.delete() }
        let builder = SiteBuilder(options: Self.options(site.root, output: site.url("kept")))
        let first = builder.build()
        #expect(first.renderedAll && !first.failed(strict: false), "\(first.formattedDiagnostics)")
        let changes = try edit.apply(site)
        let again = builder.build(changes: changes)
        #expect(!again.failed(strict: false), "\(again.formattedDiagnostics)")
        let work = Work(parsed: again.parsedCount, transformed: again.processedCount, rendered: again.renderedCount, all: again.renderedAll)
        #expect(work == edit.expected, "\(edit.name): \(work), expected \(edit.expected)")
        let fresh = SiteBuilder(options: Self.options(site.root, output: site.url("fresh"))).build()
        #expect(TestSite.files(in: site.url("kept")) == TestSite.files(in: site.url("fresh")), "\(edit.name): differs from a fresh build")
        #expect(fresh.renderedAll)
    }

    /// `RebuildRules.plan` on its own, for an ordinary page's new title: besides the page, its
    /// section's page and pages (listing, pagers), the pages of the terms it links to (they list it
    /// as a backlink, found from the term numbers the transform step recorded) and the quizzes.
    @Test func planRendersThePagesThatShowAnEditedTitle() throws {
        let files = MemoryFileSystem(fixture: TestSite.fixture)
        let pages = files.contents.keys.sorted().filter { $0.hasPrefix("content/") && $0.hasSuffix(".md") }.compactMap { path in
            CachedSource(contentPath: String(path.dropFirst("content/".count)), text: String(decoding: files.contents[path] ?? Data(), as: UTF8.self)).page
        }
        let assembly = SiteAssembly(pages: pages, drafts: [], staticFiles: ["definities/schema.svg"])
        let term = try #require(assembly.termNumbersByPath["begrippen/institutioneel-racisme.md"])
        var delta = IndexDelta.none
        delta.displayChanged = ["definities/racisme.md"]
        let plan = RebuildRules.plan(transformed: ["definities/racisme.md"], changes: RebuildRules.DerivedChanges(), delta: delta,
                                     renderAll: false, renderedOnce: true, assembly: assembly,
                                     termLinks: ["definities/racisme.md": TransformedSite.TermLinks(backlinked: [term], referenced: [term])])
        #expect(plan.pages == ["definities/racisme.md", "definities/_index.md", "definities/discriminatie.md",
                               "begrippen/institutioneel-racisme.md", "toetsen/definities.md"])
        #expect(!plan.all && !plan.siteFiles && plan.searchPages == ["definities/racisme.md"])
    }

    /// Plain file names, as `serve` keeps them.
    static func options(_ root: URL, output: URL) -> BuildOptions {
        var options = BuildOptions(root: root, output: output)
        options.hashesAssetNames = false
        return options
    }
}
