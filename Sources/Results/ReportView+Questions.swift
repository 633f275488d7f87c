import AnswerReading

extension ReportView {
    /// One question: how many answered, a table and a chart of the answers (choice and scale),
    /// the median and spread (scale), right and wrong (quiz), or the answers in full (open).
    static func questionContext(_ question: AnswerQuestion, _ report: ResultsReport) -> [String: Any] {
        let anchor = "vraag-\(question.number)"
        var item: [String: Any] = [
            "number": question.number, "html": question.html, "isBlock": question.htmlIsBlock, "anchor": anchor, "kind": question.kind.rawValue,
            "isOpen": question.kind == .open,
            "basis": report.groups.map { group -> [String: Any] in
                let answered = report.answeredCell(question, in: group)
                let prefix = report.isComparison ? "\(group.answers.name): b" : "B"
                return ["text": "\(prefix)eantwoord door \(answered.text) van de \(DutchText.count(group.count, "deelnemer", "deelnemers"))."]
            },
        ]
        if question.kind == .open {
            item["openGroups"] = report.groups.map { group -> [String: Any] in
                let texts = group.tally.questions[question.id]!.texts
                return ["name": group.answers.name, "hasName": report.isComparison, "texts": texts.map { ["text": $0] }, "isEmpty": texts.isEmpty]
            }
            return item
        }
        let rows: [[String: Any]] = question.options.enumerated().map { index, option in
            ["html": option.html, "isCorrect": report.form.kind == .toets && option.correct,
             "cells": report.groups.map { group -> [String: Any] in
                 let cell = report.optionCells(question, in: group)[index]
                 let answered = group.tally.questions[question.id]!.answered
                 return ["count": cell.text, "percent": cell.exact.map { "\(ResultsReport.percent($0, of: answered))%" } ?? "–"]
             }]
        }
        var caption = "Antwoorden op vraag \(question.number)"
        if question.kind.isMultiple { caption += ". Meer antwoorden mogelijk: een percentage is het deel van wie de vraag beantwoordde, samen meer dan 100%" }
        item["table"] = ["caption": caption, "rows": rows, "isQuiz": report.form.kind == .toets, "head": "Antwoord", "hasRange": false,
                         "columns": report.groups.map { ["name": $0.answers.name] }]
        item["chart"] = chart(id: "grafiek-\(anchor)", title: "Staafdiagram: antwoorden op vraag \(question.number)",
                              labels: question.options.map(\.text),
                              cells: report.groups.map { report.optionCells(question, in: $0) },
                              totals: report.groups.map { $0.tally.questions[question.id]!.answered }, report)
        if question.kind == .scale {
            item["statistics"] = report.groups.compactMap { group -> [String: Any]? in
                guard group.tally.questions[question.id]!.answered > 0 else { return nil }
                let prefix = report.isComparison ? "\(group.answers.name): " : ""
                return ["text": prefix + scaleSentence(report.statistics(question, in: group), question, report)]
            }
        }
        if report.form.kind == .toets {
            item["quiz"] = report.groups.map { group -> [String: Any] in
                let tally = group.tally.questions[question.id]!
                let prefix = report.isComparison ? "\(group.answers.name): " : ""
                guard tally.answered > 0, !report.rule.tooSmall(group.count) else {
                    return ["text": prefix + (tally.answered == 0 ? "Niemand heeft deze vraag beantwoord." : SummarySentences.tooFew(report))]
                }
                var text = "\(prefix)Goed beantwoord: \(DutchText.share(report.quizCells(question, in: group).right, of: tally.answered))."
                if let wrong = report.mostChosenWrong(question, in: group) {
                    text += " Het vaakst gekozen foute antwoord: \(DutchText.quoted(question.options[wrong.option].text)) (\(wrong.count) keer)."
                } else if tally.right < tally.answered {
                    text += " Geen fout antwoord is door \(report.rule.minimum) of meer deelnemers gekozen."
                }
                return ["text": text]
            }
        }
        return item
    }

    /// 'Mediaan: ‘4 – eens’. De middelste helft antwoordde ‘3 – neutraal’ tot en met ‘5 – helemaal eens’ (interkwartielafstand: 2 stappen).'
    static func scaleSentence(_ statistics: OrdinalStatistics?, _ question: AnswerQuestion, _ report: ResultsReport) -> String {
        guard let statistics else { return "Te weinig antwoorden voor een mediaan (minder dan \(report.rule.minimum))." }
        func step(_ number: Int) -> String { DutchText.quoted(question.options[number - 1].text) }
        let low = Int(statistics.median.rounded(.down)), high = Int(statistics.median.rounded(.up))
        var text = low == high ? "Mediaan: \(step(low))." : "Mediaan: tussen \(step(low)) en \(step(high))."
        let spread = statistics.interquartileRange
        text += statistics.lowerQuartile == statistics.upperQuartile
            ? " De middelste helft antwoordde \(step(statistics.lowerQuartile))"
            : " De middelste helft antwoordde van \(step(statistics.lowerQuartile)) tot en met \(step(statistics.upperQuartile))"
        return text + " (interkwartielafstand: \(DutchText.count(spread, "stap", "stappen")))."
    }

    /// A bar chart of a breakdown: one row per label, one bar per group.
    static func chart(id: String, title: String, labels: [String], cells: [[CellValue]], totals: [Int], _ report: ResultsReport) -> [String: Any] {
        let names = report.groups.map(\.answers.name)
        var words: [String] = []
        let rows = labels.enumerated().map { index, label -> BarChart.Row in
            let values = cells.indices.map { group -> (share: Double?, text: String) in
                let cell = cells[group][index]
                var text = cell.text
                if let count = cell.exact, totals[group] > 0 { text += " (\(ResultsReport.percent(count, of: totals[group]))%)" }
                let share = cell.exact.flatMap { count in totals[group] > 0 ? Double(count) / Double(totals[group]) : nil }
                return (share, (report.isComparison ? (group == 0 ? "A: " : "B: ") : "") + text)
            }
            words.append(label + ": " + values.enumerated().map { group, value in
                report.isComparison ? "\(names[group]) \(value.text.dropFirst(3))" : value.text
            }.joined(separator: ", "))
            return BarChart.Row(label: label, values: values)
        }
        var chart = BarChart.value(id: id, title: title, description: words.joined(separator: ". ") + ".", rows: rows, groups: cells.count)
        if report.isComparison { chart["legend"] = names.enumerated().map { ["marker": $0 == 0 ? "A" : "B", "name": $1, "group": $0 == 0 ? "a" : "b"] } }
        return chart
    }
}
