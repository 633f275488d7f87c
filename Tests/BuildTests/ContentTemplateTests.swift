import Build
import Foundation
import SiteModel
import Starter
import Testing

/// `kennisbank new` gives trainers files that show at once but cannot go live with their example
/// texts, at the path they meant, with a name that works as a web address.
@Suite struct ContentTemplateTests {
    static let site = """
    -- content/index.md --
    ---
    title: Home
    ---
    Over het nieuw voorbeeld.
    -- content/definities/_index.md --
    ---
    title: Definities
    ---
    -- content/toetsen/_index.md --
    ---
    title: Toetsen
    ---
    -- content/vragenlijsten/_index.md --
    ---
    title: Vragenlijsten
    ---

    """

    @Test(arguments: ContentTemplate.Kind.allCases)
    func aNewFileWarnsAboutEveryExampleTextAndBuildsCleanOnceTheyAreReplaced(kind: ContentTemplate.Kind) throws {
        let template = ContentTemplate(kind: kind, pathOrTitle: "Nieuw voorbeeld")
        let fresh = FixtureSite.build(Self.site + "-- content/\(template.contentPath) --\n\(template.text)")
        #expect(!fresh.diagnostics.isEmpty && fresh.diagnostics.allSatisfy { $0.message.id == .templateText && $0.severity == .warning },
                "\(fresh.formattedDiagnostics)")
        #expect(fresh.failed(strict: true), "check and the pipeline refuse a file with example texts")
        var written = template.text
        for (number, example) in ContentTemplate.exampleTexts.enumerated() {
            written = written.replacingOccurrences(of: example, with: "Eigen tekst \(number).")
        }
        let edited = FixtureSite.build(Self.site + "-- content/\(template.contentPath) --\n\(written)")
        #expect(edited.diagnostics.isEmpty, "\(edited.formattedDiagnostics)")
        #expect(edited.files.contains { $0.path == Route(String(template.contentPath.dropLast(3))).outputFile })
    }

    @Test func aPathIsAPathWithOrWithoutMd() throws {
        let made = try ContentTemplate.make(kind: .page, pathOrTitle: "juridisch-kader/nieuwe-wet").get()
        #expect(made.contentPath == "juridisch-kader/nieuwe-wet.md" && made.title == "Nieuwe wet" && made.renamedFrom == nil)
        #expect(try ContentTemplate.make(kind: .page, pathOrTitle: "content/a/b.md").get().contentPath == "a/b.md")
    }

    @Test func namesBecomeSlugsAndTheCommandSaysSo() throws {
        let path = try ContentTemplate.make(kind: .page, pathOrTitle: "Juridisch Kader/Nieuwe Wet.md").get()
        #expect(path.contentPath == "juridisch-kader/nieuwe-wet.md")
        #expect(path.title == "Nieuwe Wet")
        #expect(path.renamedFrom == "Juridisch Kader/Nieuwe Wet.md")
        let title = try ContentTemplate.make(kind: .term, pathOrTitle: "Één Woord").get()
        #expect(title.contentPath == "begrippen/een-woord.md" && title.title == "Één Woord")
    }

    @Test func anIndexFileIsASection() throws {
        let section = try ContentTemplate.make(kind: .page, pathOrTitle: "nieuw-onderdeel/_index.md").get()
        #expect(section.isSection && section.contentPath == "nieuw-onderdeel/_index.md" && section.title == "Nieuw onderdeel")
        #expect(section.text.contains("title: \"Nieuw onderdeel\"") && !section.text.contains("## Eerste kop"))
        let built = FixtureSite.build(Self.site + "-- content/nieuw-onderdeel/_index.md --\n\(section.text)")
        let page = try FixtureSite.output(built, "nieuw-onderdeel/index.html")
        #expect(page.contains("Nieuw onderdeel") && !page.contains("_index"))
    }

    @Test func refusesWhatCannotBeAFileInItsPlace() {
        for (kind, text, id) in [(ContentTemplate.Kind.page, "../buiten.md", MessageID.newOutsideContent), (.page, "/etc/x.md", .newOutsideContent),
                                 (.page, "???", .newNoName), (.term, "definities/racisme.md", .newWrongFolder),
                                 (.quiz, "toetsen/_index.md", .newNoName)] {
            guard case .failure(let refusal) = ContentTemplate.make(kind: kind, pathOrTitle: text) else {
                Issue.record("\(text) should be refused")
                continue
            }
            #expect(refusal.message.id == id, "\(text)")
        }
    }

    @Test func aQuizNamesTheSectionItsTitleNamesOrNone() throws {
        #expect(ContentTemplate.section(for: "Toets definities", among: ["definities", "valkuilen"]) == "definities")
        #expect(ContentTemplate.section(for: "Toets juridisch kader", among: ["juridisch-kader", "kader"]) == "juridisch-kader")
        #expect(ContentTemplate.section(for: "Toets eigen rol", among: ["definities"]) == nil)
        let root = try FixtureSite.writeToDisk(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        let site = ContentTemplate.Site(root: root)
        #expect(site.sections == ["definities"])
        let none = ContentTemplate(kind: .quiz, pathOrTitle: "Toets eigen rol").fitted(to: site, today: CalendarDay(year: 2026, month: 12, day: 2)!)
        #expect(!none.text.contains("\nsection:") && none.text.contains("# section: definities"))
        // A site without that section builds the quiz without one: it is listed under toetsen only.
        var written = none.text
        for (number, example) in ContentTemplate.exampleTexts.enumerated() { written = written.replacingOccurrences(of: example, with: "Tekst \(number).") }
        let built = FixtureSite.build(Self.site + "-- content/\(none.contentPath) --\n\(written)")
        #expect(built.diagnostics.isEmpty, "\(built.formattedDiagnostics)")
        let named = ContentTemplate(kind: .quiz, pathOrTitle: "Toets definities").fitted(to: site, today: CalendarDay(year: 2026, month: 12, day: 2)!)
        #expect(named.text.contains("\nsection: definities\n"))
    }

    @Test func aPageWhereReviewIsRequiredGetsItsDate() throws {
        let root = try FixtureSite.writeToDisk(Self.site + "-- kennisbank.yml --\nreviewRequiredIn: [juridisch-kader]\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = ContentTemplate.Site(root: root), day = CalendarDay(year: 2026, month: 12, day: 2)!
        let required = try ContentTemplate.make(kind: .page, pathOrTitle: "juridisch-kader/wet.md").get().fitted(to: site, today: day)
        #expect(required.text.contains("\nreviewed: 2026-12-02 "))
        let free = try ContentTemplate.make(kind: .page, pathOrTitle: "definities/x.md").get().fitted(to: site, today: day)
        #expect(!free.text.contains("reviewed:"))
    }

    @Test func aVragenlijstGoesToItsFolder() {
        #expect(ContentTemplate(kind: .questionnaire, pathOrTitle: "Evaluatie teamdag").contentPath == "vragenlijsten/evaluatie-teamdag.md")
        #expect(ContentTemplate(kind: .questionnaire, pathOrTitle: "scan.md").contentPath == "vragenlijsten/scan.md")
        #expect(ContentTemplate.Kind(rawValue: "vragenlijst") == .questionnaire)
    }
}
