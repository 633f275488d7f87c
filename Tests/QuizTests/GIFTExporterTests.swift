import Foundation
@testable import Quiz
import SiteModel
import Testing

/// Parses GIFT back into questions, to check that the export says what the source says.
struct GIFTReader {
    struct Question: Equatable {
        var id: String
        var text: String
        var answers: [(text: String, correct: Bool, feedback: String)]
        var general: String

        static func == (lhs: Question, rhs: Question) -> Bool {
            lhs.id == rhs.id && lhs.text == rhs.text && lhs.general == rhs.general
                && lhs.answers.map { "\($0.text)|\($0.correct)|\($0.feedback)" } == rhs.answers.map { "\($0.text)|\($0.correct)|\($0.feedback)" }
        }
    }

    /// Splits on an unescaped character.
    static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = [""]
        var escaped = false
        for character in text {
            if escaped { parts[parts.count - 1] += "\\" + String(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == separator { parts.append("") } else { parts[parts.count - 1].append(character) }
        }
        return parts
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped { result += character == "n" ? "\n" : String(character); escaped = false; continue }
            if character == "\\" { escaped = true } else { result.append(character) }
        }
        return result
    }

    static func parse(_ gift: String) -> [Question] {
        var questions: [Question] = []
        let blocks = gift.components(separatedBy: "\n}\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for block in blocks where block.contains("::") {
            let lines = block.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("//") && !$0.hasPrefix("$CATEGORY") }
            guard let head = lines.first(where: { $0.hasPrefix("::") }) else { continue }
            let parts = split(String(head.dropFirst(2)), on: ":")
            let id = unescape(parts[0])
            var text = parts.dropFirst(2).joined(separator: ":")
            text = String(text.dropFirst("[markdown]".count).dropLast())
            var question = Question(id: id, text: unescape(text), answers: [], general: "")
            for line in lines.drop(while: { $0 != head }).dropFirst() {
                let body = line.trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("####") { question.general = unescape(String(body.dropFirst(4))); continue }
                if body.hasPrefix("TRUE#") || body.hasPrefix("FALSE#") {
                    let pieces = split(body, on: "#")
                    let isTrue = pieces[0] == "TRUE"
                    question.answers = [("Juist", isTrue, unescape(isTrue ? pieces[2] : pieces[1])),
                                        ("Onjuist", !isTrue, unescape(isTrue ? pieces[1] : pieces[2]))]
                    continue
                }
                var marker = body.first!
                var rest = String(body.dropFirst())
                if marker == "~" && rest.hasPrefix("%") {
                    let weight = rest.dropFirst().prefix { $0 != "%" }
                    rest = String(rest.dropFirst(weight.count + 2))
                    marker = weight.hasPrefix("-") ? "~" : "="
                }
                let pieces = split(rest, on: "#")
                question.answers.append((unescape(pieces[0]), marker == "=", unescape(pieces.count > 1 ? pieces[1] : "")))
            }
            questions.append(question)
        }
        return questions
    }
}

@Suite struct GIFTExporterTests {
    func answer(_ text: String, _ correct: Bool, _ feedback: String) -> QuizAnswer {
        QuizAnswer(text: text, correct: correct, feedback: feedback, location: SourceLocation(file: "t.md"))
    }

    func question(_ id: String, _ type: QuizQuestionType, _ text: String, _ answers: [QuizAnswer], _ explanation: String) -> QuizQuestion {
        QuizQuestion(id: id, type: type, question: text, questionLocation: SourceLocation(file: "t.md"), answers: answers,
                     explanation: explanation, explanationLocation: SourceLocation(file: "t.md"), links: [],
                     location: SourceLocation(file: "t.md"))
    }

    @Test func roundTripsEveryQuestionType() {
        let quiz = Quiz(slug: "t", title: "Toets: speciale tekens", sectionPath: "definities", questions: [
            question("art-1", .single, "Wat staat in art. 1: {gelijk} = gelijk?", [
                answer("Gelijke ~ behandeling #1", true, "Klopt: zie *art. 1*."),
                answer("Niets", false, "Nee \\ fout."),
            ], "Zie [[Grondwet|de Grondwet]]."),
            question("meer", .multiple, "Welke twee?", [
                answer("A", true, "ja"), answer("B", true, "ja"), answer("C", false, "nee"),
            ], "Twee goed."),
            question("jo", .truefalse, "Opzet is vereist.", [
                answer("Juist", false, "Nee, ook gevolg telt."), answer("Onjuist", true, "Goed."),
            ], "Doel of gevolg."),
        ], contentPath: "toetsen/t.md", file: "content/toetsen/t.md")
        let gift = GIFTExporter.export(quiz)
        let parsed = GIFTReader.parse(gift)
        #expect(parsed.count == 3)
        for (source, read) in zip(quiz.questions, parsed) {
            #expect(read.id == source.id)
            #expect(read.text == source.question)
            #expect(read.general == source.explanation.replacingOccurrences(of: "[[Grondwet|de Grondwet]]", with: "de Grondwet"))
            let expected = source.answers.map { "\($0.text)|\($0.correct)|\($0.feedback)" }
            #expect(read.answers.map { "\($0.text)|\($0.correct)|\($0.feedback)" } == expected)
        }
        #expect(gift.contains("~%50%A#ja"))
        #expect(gift.contains("~%-100%C#nee"))
        #expect(gift.contains("\tFALSE#"))
    }

    /// Moodle shows question texts without cleaning them, and its Markdown passes HTML through:
    /// raw HTML, a '<' a lenient Markdown could take for a tag, and script links never reach it.
    @Test func leavesOutRawHTMLAndScriptLinks() {
        let quiz = Quiz(slug: "t", title: "T", sectionPath: "d", questions: [
            question("q", .single, "Vraag <script>alert(1)</script> [a](javascript:alert(2)) en <img src=x onerror=alert('3')>", [
                answer("<svg onload=alert('4')>", true, "[b](<JAVA\tSCRIPT:x>) <b onclick=\"x()\">vet</b>"),
                answer("Gewoon [c](https://example.org) *nadruk*: 1 < 2", false, "Nee."),
            ], "Zie [d](vbscript:x)."),
        ], contentPath: "toetsen/t.md", file: "content/toetsen/t.md")
        let gift = GIFTExporter.export(quiz)
        let texts = gift.split(separator: "\n").filter { !$0.hasPrefix("//") && !$0.hasPrefix("$CATEGORY") }
        for line in texts {
            #expect(line.range(of: "script", options: .caseInsensitive) == nil, "\(line)")
            // Every '<' is escaped for Markdown (\<), which GIFT writes as \\<.
            #expect(line.range(of: #"(?<!\\)<"#, options: .regularExpression) == nil, "\(line)")
        }
        #expect(gift.contains("[markdown]Vraag alert(1) [a]() en \\\\<img src\\=x onerror\\=alert('3')\\\\>{"), "\(gift)")
        #expect(gift.contains("[c](https\\://example.org)"), "ordinary links stay: \(gift)")
        #expect(GIFTExporter.exportable("Gewoon *nadruk*: zie [c](https://example.org).") == "Gewoon *nadruk*: zie [c](https://example.org).",
                "a text without '<' or script links is exported as written")
    }

    @Test func escapesGIFTSpecialCharacters() {
        #expect(GIFTExporter.escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h")
    }
}
