import AnswerReading
import SiteModel

extension ReportView {
    /// A scored theme: how many reached each level (table and chart), and the band with the
    /// team's median against the level boundaries.
    static func levelsContext(_ theme: AnswerTheme, number: Int, _ report: ResultsReport) -> [String: Any] {
        let labels = theme.levels.map(\.label) + ["Niet alle vragen beantwoord"]
        let cells = report.groups.map { report.levelCells(theme, in: $0) }
        let rows: [[String: Any]] = labels.enumerated().map { index, label in
            var range = ""
            if index < theme.levels.count { range = DutchText.range(theme.levels[index].scores) }
            return ["html": HTMLEscaping.escape(label), "range": range, "cells": report.groups.indices.map { group -> [String: Any] in
                let cell = cells[group][index]
                return ["count": cell.text, "percent": cell.exact.map { "\(ResultsReport.percent($0, of: report.groups[group].count))%" } ?? "–"]
            }]
        }
        let anchor = "thema-\(number)-uitkomst"
        let statistics = report.groups.map { (name: report.isComparison ? $0.answers.name : nil, statistics: report.scoreStatistics(theme, in: $0)) }
        var band = "Van \(theme.scoreRange!.lowerBound) tot \(DutchText.count(theme.scoreRange!.upperBound, "punt", "punten")): "
            + theme.levels.map { "\($0.label) \(DutchText.points($0.scores))" }.joined(separator: ", ") + "."
        for entry in statistics {
            let who = entry.name.map { "\($0): m" } ?? "M"
            if let value = entry.statistics {
                band += " \(who)ediaan \(DutchText.number(value.median)); de middelste helft heeft \(DutchText.points(value.lowerQuartile...value.upperQuartile))."
            } else {
                band += " \(who)ediaan: te weinig antwoorden."
            }
        }
        var item: [String: Any] = [
            "anchor": anchor,
            "table": ["caption": "Uitkomst van het thema ‘\(theme.title)’ per deelnemer", "rows": rows, "head": "Uitkomst",
                      "hasRange": true, "isQuiz": false,
                      "columns": report.groups.map { ["name": $0.answers.name] }],
            "chart": chart(id: "grafiek-\(anchor)", title: "Staafdiagram: uitkomst van het thema ‘\(theme.title)’", labels: labels,
                           cells: cells, totals: report.groups.map(\.count), report),
            "sentences": report.groups.map { group -> [String: Any] in
                ["text": (report.isComparison ? "\(group.answers.name): " : "") + SummarySentences.themeSentence(theme, group, report)]
            },
        ]
        if statistics.contains(where: { $0.statistics != nil }) {
            item["band"] = LevelBand.value(id: "band-\(anchor)", theme: theme, groups: statistics,
                                           title: "De mediaan van het team tegen de grenzen van de uitkomsten", description: band)
        }
        return item
    }

    /// 'Over dit rapport': how it counts, what it left out and why, and what to do with the files.
    static func about(_ report: ResultsReport) -> [String: Any] {
        var left: [[String: Any]] = []
        for group in report.groups {
            var byReason: [Rejection.Reason: Int] = [:]
            for rejection in group.answers.rejections { byReason[rejection.reason, default: 0] += 1 }
            for reason in byReason.keys.sorted() {
                let prefix = report.isComparison ? "\(group.answers.name): " : ""
                left.append(["text": "\(prefix)\(DutchText.count(byReason[reason]!, "bestand", "bestanden")) \(reasonText(reason))."])
            }
        }
        return ["rejected": left, "hasRejected": !left.isEmpty, "minimum": report.rule.minimum, "showsEverything": report.rule.minimum <= 1]
    }

    /// Why files were left out, in words for the report.
    static func reasonText(_ reason: Rejection.Reason) -> String {
        switch reason {
        case .notAnExport: return "geen antwoorden van de pagina (een ander soort bestand)"
        case .broken: return "kapot of afgebroken"
        case .changed: return "na het downloaden veranderd (bijvoorbeeld opnieuw opgeslagen in een spreadsheet)"
        case .otherForm: return "antwoorden op een andere vragenlijst of toets"
        case .unknownAnswer: return "met een vraag of antwoord dat niet in deze versie van de vragenlijst staat"
        case .tooLarge: return "te groot voor een bestand met antwoorden"
        }
    }
}
