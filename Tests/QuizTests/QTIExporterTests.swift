import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Quiz
import SiteModel
import Testing

@Suite struct QTIExporterTests {
    static func answer(_ text: String, _ correct: Bool, _ feedback: String) -> QuizAnswer {
        QuizAnswer(text: text, correct: correct, feedback: feedback, location: SourceLocation(file: "t.md"))
    }

    static func question(_ id: String, _ type: QuizQuestionType, _ text: String, _ answers: [QuizAnswer], _ explanation: String) -> QuizQuestion {
        QuizQuestion(id: id, type: type, question: text, questionLocation: SourceLocation(file: "t.md"), answers: answers,
                     explanation: explanation, explanationLocation: SourceLocation(file: "t.md"), links: [],
                     location: SourceLocation(file: "t.md"))
    }

    static let quiz = Quiz(slug: "t", title: "Toets <\"speciaal\"> & zo", sectionPath: "d", questions: [
        question("een", .single, "Wat doet <script>alert(1)</script> met &amp; en ]]> in [[term|termen]]?", [
            answer("Niets: <b>vet</b> & `code <i>`", true, "Goed \u{1}zo."),
            answer("Alles", false, "Zie [de site](../d/x.md) of [dit](https://example.org/?a=1&b=2)."),
        ], "Uitleg met een tabel:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nEn een voetnoot[^1].\n\n[^1]: Weg."),
        question("twee", .multiple, "Welke twee?\n\nKies goed.", [answer("A", true, ""), answer("B", true, "ja"), answer("C", false, "nee")], ""),
        question("drie", .truefalse, "Opzet is vereist.", [answer("Juist", false, "Nee."), answer("Onjuist", true, "Goed.")], "Doel of gevolg."),
    ], contentPath: "toetsen/t.md", file: "content/toetsen/t.md")

    /// True when `text` is well-formed XML.
    static func wellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test func writesAManifestATestAndOneItemPerQuestion() {
        let files = QTIExporter.export(Self.quiz, language: "nl")
        #expect(files.map(\.path) == ["imsmanifest.xml", "items/v01-een.xml", "items/v02-twee.xml", "items/v03-drie.xml", "toets-t.xml"])
        for file in files { #expect(Self.wellFormed(file.text), "\(file.path) is not well-formed") }
        let manifest = files[0].text
        for item in ["items/v01-een.xml", "items/v02-twee.xml", "items/v03-drie.xml"] {
            #expect(manifest.contains("<file href=\"\(item)\"/>"))
        }
        #expect(files[4].text.contains("<qti-assessment-item-ref identifier=\"v02-twee\" href=\"items/v02-twee.xml\"/>"))
    }

    @Test func declaresTheRightAnswersFeedbackAndExplanation() {
        let files = QTIExporter.export(Self.quiz, language: "nl")
        let single = files[1].text, multiple = files[2].text, truefalse = files[3].text
        #expect(single.contains("cardinality=\"single\""))
        #expect(single.contains("<qti-value>keuze-1</qti-value>") && !single.contains("<qti-value>keuze-2</qti-value>"))
        #expect(multiple.contains("cardinality=\"multiple\"") && multiple.contains("max-choices=\"0\""))
        #expect(multiple.contains("<qti-value>keuze-1</qti-value>") && multiple.contains("<qti-value>keuze-2</qti-value>"))
        #expect(truefalse.contains("<qti-value>keuze-2</qti-value>"))
        #expect(single.contains("<qti-feedback-inline outcome-identifier=\"FEEDBACK\" identifier=\"keuze-2\""))
        // An answer without feedback gets no empty feedback element.
        #expect(!multiple.contains("identifier=\"keuze-1\" show-hide"))
        #expect(truefalse.contains("<qti-modal-feedback outcome-identifier=\"FEEDBACKMODAL\" identifier=\"UITLEG\""))
        #expect(!multiple.contains("qti-modal-feedback"))
        // A question of more than one paragraph goes before the interaction instead of into the prompt.
        #expect(multiple.contains("<div><p>Welke twee?</p><p>Kies goed.</p></div>") && !multiple.contains("qti-prompt"))
    }

    @Test func escapesMarkupAndLeavesOutWhatQTIMayNotHold() {
        let item = QTIExporter.export(Self.quiz, language: "nl")[1].text
        #expect(!item.contains("<script") && !item.contains("<b>") && !item.contains("]]>"))
        #expect(item.contains("met &amp; en ]]&gt; in termen?"))
        #expect(item.contains("<code>code &lt;i&gt;</code>"))
        #expect(!item.contains("\u{1}"))
        // Links within the site become text; web addresses stay links.
        #expect(item.contains("Zie de site of <a href=\"https://example.org/?a=1&amp;b=2\">dit</a>."))
        #expect(item.contains("<thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody>"))
        #expect(!item.contains("Weg."))
        #expect(Self.wellFormed(item))
    }

    @Test func theTextsOfOneQuizShareTheWorkBudget() {
        // Each explanation is a paragraph of 4,000 links: under the Markdown work limits on its own,
        // but the third of one quiz's texts goes over, as in the build, and is left out.
        let links = String(repeating: "[a](https://example.org/) ", count: 4_000)
        let questions = (0..<3).map { Self.question("v\($0)", .truefalse, "Klopt het?", [Self.answer("Juist", true, ""), Self.answer("Onjuist", false, "")], links) }
        let quiz = Quiz(slug: "t", title: "T", sectionPath: "d", questions: questions, contentPath: "toetsen/t.md", file: "content/toetsen/t.md")
        let items = QTIExporter.export(quiz, language: "nl").filter { $0.path.hasPrefix("items/") }
        #expect(items.map { $0.text.contains("qti-modal-feedback") } == [true, true, false])
    }

    @Test func makesIdentifiersQTIAccepts() {
        #expect(QTIExporter.identifier("gronden-grondwet") == "gronden-grondwet")
        #expect(QTIExporter.identifier("één:twee") == "--n-twee")
        #expect(QTIExporter.identifier("") == "x")
    }

    @Test func writesTheSameBytesTwice() {
        let first = QTIExporter.export(Self.quiz, language: "nl").map(\.text)
        #expect(first == QTIExporter.export(Self.quiz, language: "nl").map(\.text))
    }
}
