import Build
import Foundation
import SiteModel
import Testing

/// `kennisbank new` must give trainers files that build cleanly, so they start from something that works.
@Suite struct ContentTemplateTests {
    @Test(arguments: ContentTemplate.Kind.allCases)
    func everyNewFileBuildsWithoutDiagnostics(kind: ContentTemplate.Kind) {
        let template = ContentTemplate(kind: kind, pathOrTitle: "Nieuw voorbeeld")
        let site = """
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
        -- content/\(template.contentPath) --
        \(template.text)
        """
        let result = FixtureSite.build(site)
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        #expect(result.files.contains { $0.path == Route(String(template.contentPath.dropLast(3))).outputFile })
    }

    @Test func aVragenlijstGoesToItsFolder() {
        #expect(ContentTemplate(kind: .questionnaire, pathOrTitle: "Evaluatie teamdag").contentPath == "vragenlijsten/evaluatie-teamdag.md")
        #expect(ContentTemplate(kind: .questionnaire, pathOrTitle: "scan.md").contentPath == "vragenlijsten/scan.md")
        #expect(ContentTemplate.Kind(rawValue: "vragenlijst") == .questionnaire)
    }
}
