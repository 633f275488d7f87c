import Foundation
import Markdown

/// Writes a quiz in Moodle's GIFT format, so trainers can import the same questions into the
/// municipality's learning environment. Texts are Markdown (`[markdown]`); GIFT's special
/// characters are escaped with a backslash. Raw HTML and script links are left out
/// (`MarkdownDocument.exportableMarkdown`).
public enum GIFTExporter {
    /// The GIFT text of `quiz`.
    public static func export(_ quiz: Quiz) -> String {
        var out = "// \(comment(quiz.title))\n// Geëxporteerd uit de Kennisbank (\(quiz.contentPath)); importeer in Moodle als GIFT.\n\n"
        out += "$CATEGORY: \(comment(quiz.title))\n\n"
        for question in quiz.questions {
            out += "::\(escape(question.id))::[markdown]\(escape(exportable(question.question))){\n"
            switch question.type {
            case .truefalse:
                let right = question.answers.first { $0.correct }
                let wrong = question.answers.first { !$0.correct }
                let isTrue = right?.text.trimmingCharacters(in: .whitespaces).lowercased() == "juist"
                out += "\t\(isTrue ? "TRUE" : "FALSE")#\(escape(exportable(wrong?.feedback ?? "")))#\(escape(exportable(right?.feedback ?? "")))\n"
            case .single:
                for answer in question.answers {
                    out += "\t\(answer.correct ? "=" : "~")\(escape(exportable(answer.text)))#\(escape(exportable(answer.feedback)))\n"
                }
            case .multiple:
                let right = question.answers.filter(\.correct).count
                let wrong = question.answers.count - right
                for answer in question.answers {
                    let weight = answer.correct ? percent(100.0 / Double(right)) : percent(-100.0 / Double(max(wrong, 1)))
                    out += "\t~%\(weight)%\(escape(exportable(answer.text)))#\(escape(exportable(answer.feedback)))\n"
                }
            }
            if !question.explanation.isEmpty {
                out += "\t####\(escape(exportable(question.explanation)))\n"
            }
            out += "}\n\n"
        }
        return out
    }

    /// Escapes the characters GIFT gives a meaning: `~ = # { } :` and the backslash itself.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": result += "\\" + String(character)
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A text as GIFT carries it: glossary references replaced by their text, raw HTML and script
    /// links taken out (Moodle shows question texts without cleaning them).
    static func exportable(_ markdown: String) -> String {
        MarkdownDocument.exportableMarkdown(plainText(markdown))
    }

    /// Replaces glossary references (`[[term|text]]` becomes `text`), which Moodle does not know.
    /// The Markdown with glossary references replaced by their text, trimmed.
    public static func plainText(_ markdown: String) -> String {
        var text = markdown.trimmingCharacters(in: .whitespacesAndNewlines)
        while let open = text.range(of: "[["), let close = text.range(of: "]]", range: open.upperBound..<text.endIndex) {
            let inner = text[open.upperBound..<close.lowerBound]
            let shown = inner.split(separator: "|", maxSplits: 1).last.map(String.init) ?? String(inner)
            text.replaceSubrange(open.lowerBound..<close.upperBound, with: shown.trimmingCharacters(in: .whitespaces))
        }
        return text
    }

    private static func comment(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    private static func percent(_ value: Double) -> String {
        let rounded = (value * 100_000).rounded() / 100_000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.5f", rounded)
    }
}
