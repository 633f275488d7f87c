import AnswerReading
import Foundation

/// `samenvatting.csv`: the counts of the report for a spreadsheet, written like the page's own CSV
/// (UTF-8 with a byte-order mark, `;`, CRLF): one line per answer of every question
/// (`groep;thema_id;vraag_id;vraag;soort;antwoord;aantal;procent`), first its '(beantwoord)' line;
/// quizzes add '(goed)' and '(fout)'; scored themes one `niveau` line per level. Hidden counts are
/// written as the report shows them ('< 5').
public enum SummaryCSV {
    public static let header = ["groep", "thema_id", "vraag_id", "vraag", "soort", "antwoord", "aantal", "procent"]

    /// The file's text.
    public static func text(_ report: ResultsReport) -> String {
        var lines = [header.joined(separator: ";")]
        func add(_ cells: [String]) { lines.append(cells.map(cell).joined(separator: ";")) }
        func percent(_ value: CellValue, _ total: Int) -> String { value.exact.map { String(ResultsReport.percent($0, of: total)) } ?? "" }
        for group in report.groups {
            for theme in report.form.themes {
                for question in theme.questions {
                    let tally = group.tally.questions[question.id]!
                    let base = [group.answers.name, theme.id, question.id, question.text, question.kind.rawValue]
                    add(base + ["(beantwoord)", report.answeredCell(question, in: group).text, ""])
                    guard question.kind != .open else { continue }
                    for (option, value) in zip(question.options, report.optionCells(question, in: group)) {
                        add(base + [option.text, value.text, percent(value, tally.answered)])
                    }
                    if report.form.kind == .toets {
                        let quiz = report.quizCells(question, in: group)
                        add(base + ["(goed)", quiz.right.text, percent(quiz.right, tally.answered)])
                        add(base + ["(fout)", quiz.wrong.text, percent(quiz.wrong, tally.answered)])
                    }
                }
                guard theme.isScored else { continue }
                let cells = report.levelCells(theme, in: group)
                let labels = theme.levels.map(\.label) + ["(niet alle vragen beantwoord)"]
                for (label, value) in zip(labels, cells) {
                    add([group.answers.name, theme.id, "", theme.title, "niveau", label, value.text, percent(value, group.count)])
                }
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A cell as the page writes one: quoted when needed, a formula-like text defused with `'`.
    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        return CSVTable.needsQuotes(text) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
