import Build
import Foundation
import Reporting
import SiteModel
import Testing

/// The report as a trainer reads it: in the site's language, the caret under the right character,
/// the line above where it explains the mistake, the text to type first in the hint.
@Suite struct DiagnosticFormatterTests {
    /// The column of the caret on screen: its offset in display cells after the four-space indent.
    func caretCell(_ formatted: String) -> Int {
        let caretLine = formatted.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces) == "^" }!
        return caretLine.count - 1 - 4
    }

    /// The cells before the target, counted by hand: CJK and emoji take two, a combining accent none,
    /// a tab four.
    @Test(arguments: [("title: 日本語のテキスト: 説明", "説明", 25), ("title: 👩🏽‍💻 Werk: thuis", "thuis", 16), ("title: café: ja", "ja", 13),
                      ("title: e\u{301}e\u{301}: x", "x", 11), ("\ttitle: a: b", "b", 14)])
    func putsTheCaretUnderItsCharacterAfterWideCharacters(line: String, target: String, cells: Int) {
        let scalars = line.unicodeScalars
        let index = line.range(of: target)!.lowerBound
        let column = scalars.distance(from: scalars.startIndex, to: index) + 1
        let diagnostic = Diagnostic.error(SourceLocation(file: "content/a.md", line: 1, column: column), .yamlColonInValue("title"))
        let text = DiagnosticFormatter(sources: ["content/a.md": line], language: .dutch).format(diagnostic)
        #expect(caretCell(text) == cells, "\(text)")
    }

    @Test func countsDisplayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("👩🏽‍💻") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("✔\u{FE0F}") == 2)
        #expect(DisplayWidth.of("\t") == 4)
    }

    @Test func showsTheLineAboveAndTheTextToTypeFirst() {
        let source = "---\ntitle: Validisme\naliases:\n  - validistisch\n   - validistische\n---\n"
        var diagnostic = Diagnostic.warning(SourceLocation(file: "content/a.md", line: 5, column: 4),
                                            .yamlSuspiciousListItem("validistisch - validistische"), hint: .yamlSuspiciousListItemHint(above: 2),
                                            fix: Fix(replacing: "   - validistische", with: "  - validistische"))
        diagnostic.showsLineAbove = true
        #expect(DiagnosticFormatter(sources: ["content/a.md": source], language: .dutch).format(diagnostic) == """
            content/a.md:5:4: waarschuwing: deze regel lijkt een nieuw lijstitem, maar hij springt verder in dan het item erboven; nu zijn ze samen één tekst: 'validistisch - validistische'
                  - validistisch
                   - validistische
                   ^
                tip: bedoelde je '  - validistische'? laat het streepje 2 spaties inspringen, net als het item erboven
            """)
        #expect(DiagnosticFormatter(sources: ["content/a.md": source], language: .english).format(diagnostic).contains("    hint: did you mean '  - validistische'? indent"))
    }

    @Test func putsNotesFirstAndCountsThemApart() {
        let diagnostics = [
            Diagnostic.error(SourceLocation(file: "content/a/x.md", line: 3, column: 1), .pageMissing("../oud/p.md", target: "oud/p.md")),
            Diagnostic.note(SourceLocation(file: "content/oud"), .folderRenamed(old: "oud", new: "nieuw", links: 2)),
        ]
        let report = DiagnosticFormatter(sources: [:], language: .dutch).report(diagnostics)
        let lines = report.split(separator: "\n")
        #expect(lines.first?.hasPrefix("content/oud: let op: de map content/oud bestaat niet") == true, "\(report)")
        #expect(lines.last == "1 fout, 0 waarschuwingen, 1 opmerking")
        #expect(!DiagnosticFormatter(sources: [:], language: .dutch).report(diagnostics, summary: false).contains("0 waarschuwingen"))
    }
}
