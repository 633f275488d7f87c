import Build
import Foundation
import SiteModel
import Testing

/// What the print editions do for the PDF handouts: a section's compact glossary (or the whole
/// articles with `print.sectionGlossary: full`), and links to the PDFs a build is given with
/// `--handouts`, only to those that exist.
@Suite struct PrintHandoutTests {
    static let site = PrintEditionTests.site

    @Test func givesASectionACompactGlossaryAndTheWholeTrainingTheArticles() throws {
        let result = FixtureSite.build(Self.site)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        let section = try FixtureSite.output(result, "print/onderdeel/a/index.html")
        #expect(section.contains("print-part--compact\">\n    <h3 id=\"deel-3-1\" class=\"print-part__title\"><span class=\"print-number\">3.1</span> Racisme</h3>"))
        #expect(section.contains("<p class=\"definition\">Discriminatie op grond van ras.</p>"))
        #expect(section.contains("Elk begrip uit dit onderdeel met zijn korte uitleg."))
        // The term's article (its body, 'Uitleg.') stays out of the section's handout.
        #expect(!section.contains("Uitleg."))
        // A link to the term still finds it.
        #expect(section.contains("<a class=\"print-term\" href=\"#deel-3-1\">racisme</a>"))
        let whole = try FixtureSite.output(result, "print/index.html")
        #expect(whole.contains("Uitleg.") && whole.contains("<p class=\"lead definition\">Discriminatie op grond van ras.</p>"))
        #expect(!whole.contains("print-part--compact"))
    }

    @Test func printsTheWholeArticlesWhenTheConfigAsks() throws {
        let result = FixtureSite.build(Self.site.replacingOccurrences(
            of: "title: Testbank", with: "title: Testbank\nprint:\n  sectionGlossary: full"))
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        let section = try FixtureSite.output(result, "print/onderdeel/a/index.html")
        #expect(section.contains("Uitleg.") && !section.contains("print-part--compact") && !section.contains("korte uitleg"))
    }

    @Test func readsThePrintSettingsAsAMappingOrAsTrueOrFalse() {
        let off = FixtureSite.build(Self.site.replacingOccurrences(of: "title: Testbank", with: "title: Testbank\nprint:\n  editions: false"))
        #expect(off.diagnostics.isEmpty && !off.files.contains { $0.path.hasPrefix("print/") })
        let misspelt = FixtureSite.build(Self.site.replacingOccurrences(
            of: "title: Testbank", with: "title: Testbank\nprint:\n  sectionGlossary: compakt\n  edition: true"))
        let messages = misspelt.diagnostics.map { "\($0.location.line): \($0.message.english) | \($0.hint?.english ?? "")" }
        #expect(messages.contains { $0.hasPrefix("3: unknown print.sectionGlossary value 'compakt'") }, "\(messages)")
        #expect(misspelt.diagnostics.contains { $0.fix == Fix(replacing: "compakt", with: "compact") }, "\(misspelt.diagnostics)")
        #expect(misspelt.diagnostics.contains { $0.severity == .warning && $0.location.line == 4 && $0.message.english.contains("edition") })
        let wrongType = FixtureSite.build(Self.site.replacingOccurrences(of: "title: Testbank", with: "title: Testbank\nprint: soms"))
        #expect(wrongType.diagnostics.contains { $0.message.english.contains("'print' must be true or false") })
    }

    @Test func linksOnlyTheHandoutsItIsGivenAndPublishesThemBesideTheirEditions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-handouts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("%PDF-1.7\n".utf8 + Data(count: 1_234_567)).write(to: folder.appendingPathComponent("a-deelnemers.pdf"))
        try Data("%PDF-1.7\n".utf8).write(to: folder.appendingPathComponent("kennisbank-trainers.pdf"))
        var options = FixtureSite.options()
        options.handouts = folder
        let result = FixtureSite.build(Self.site, options: options)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        let copied = result.copies.filter { $0.path.hasSuffix(".pdf") }.map { "\($0.source.url.lastPathComponent) -> \($0.path)" }.sorted()
        #expect(copied == ["a-deelnemers.pdf -> print/onderdeel/a/a-deelnemers.pdf", "kennisbank-trainers.pdf -> print/trainer/kennisbank-trainers.pdf"])
        let section = try FixtureSite.output(result, "print/onderdeel/a/index.html")
        #expect(section.contains("<a href=\"a-deelnemers.pdf\" type=\"application/pdf\">Deze versie als pdf</a> (A4, 1,2 MB)"))
        #expect(section.contains("Deel A: <a href=\"index.html\" aria-current=\"page\">deelnemers</a>, <a href=\"trainer/index.html\">trainers</a>; als pdf: <a href=\"a-deelnemers.pdf\" type=\"application/pdf\">deelnemers (1,2 MB)</a></li>"))
        #expect(section.contains("Hele training: <a href=\"../../index.html\">deelnemers</a>, <a href=\"../../trainer/index.html\">trainers</a>; als pdf: <a href=\"../../trainer/kennisbank-trainers.pdf\" type=\"application/pdf\">trainers (1 kB)</a></li>"))
        // Deel B has no PDF: its editions link none.
        let other = try FixtureSite.output(result, "print/onderdeel/b/index.html")
        #expect(!other.contains("class=\"print-pdf\"") && other.contains("<a href=\"trainer/index.html\">trainers</a></li>"))
        // Without --handouts no print page names a PDF.
        let plain = FixtureSite.build(Self.site)
        #expect(!plain.files.contains { String(decoding: $0.data, as: UTF8.self).contains(".pdf\"") })
    }

    @Test func warnsAboutAHandoutThatBelongsToNoEditionOrIsNoPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-handouts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("%PDF-1.7\n".utf8).write(to: folder.appendingPathComponent("c-deelnemers.pdf"))
        try Data("<html>".utf8).write(to: folder.appendingPathComponent("b-trainers.pdf"))
        var options = FixtureSite.options()
        options.handouts = folder
        let result = FixtureSite.build(Self.site, options: options)
        let messages = result.diagnostics.map { "\($0.location.file): \($0.message.english) | \($0.hint?.english ?? "")" }
        #expect(messages.contains { $0.hasSuffix("c-deelnemers.pdf: this PDF belongs to no print edition of the site | did you mean 'a-deelnemers.pdf'? remove it, or make the handouts again from this build") },
                "\(messages)")
        #expect(messages.contains { $0.contains("b-trainers.pdf: this file is not a PDF") })
        #expect(!result.copies.contains { $0.path.hasSuffix(".pdf") })
        var missing = FixtureSite.options()
        missing.handouts = folder.appendingPathComponent("nergens")
        #expect(FixtureSite.build(Self.site, options: missing).diagnostics.contains { $0.message.english == "cannot read the handouts folder" })
    }
}
