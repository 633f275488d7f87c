import AnswerReading

/// The report page's template values (`themes/default/templates/results.mustache`): all its Dutch
/// sentences, tables and chart geometry, made from a `ResultsReport`. Texts are plain (the template
/// escapes them), except the question and answer HTML the site's Markdown renderer made.
public enum ReportView {
    /// The values of the whole page.
    public static func context(_ report: ResultsReport) -> [String: Any] {
        let form = report.form
        var context: [String: Any] = [
            "title": form.title,
            "kindLabel": form.kind == .vragenlijst ? "Resultaten van de vragenlijst" : "Resultaten van de toets",
            "basis": basis(report),
            "fileNotes": report.groups.flatMap { fileNotes($0, report) },
            "isComparison": report.isComparison,
            "groups": report.groups.enumerated().map { index, group in
                ["name": group.answers.name, "marker": index == 0 ? "a" : "b", "count": group.count] as [String: Any]
            },
            "about": about(report),
            "minimum": report.rule.minimum,
        ]
        if let url = report.pageURL { context["pageURL"] = url }
        let small = report.groups.filter { report.rule.tooSmall($0.count) }
        if !small.isEmpty {
            context["tooSmall"] = small.map { group in
                let who = report.isComparison ? "\(group.answers.name) heeft" : "Dit rapport rust op"
                return "\(who) \(DutchText.count(group.count, "inzending", "inzendingen")): minder dan \(report.rule.minimum). "
                    + "Daarom staan er \(report.isComparison ? "voor deze groep " : "")geen aantallen of percentages in, zodat niemand in de groep herkenbaar is; de open antwoorden staan er wel in."
            }
        }
        let summary = SummarySentences(report).items
        if !summary.isEmpty {
            context["hasSummary"] = true
            context["summary"] = summary.map { item in
                ["heading": item.heading,
                 "sentences": item.sentences.map { ["group": $0.group ?? "", "hasGroup": $0.group != nil, "text": $0.text] as [String: Any] }]
                    as [String: Any]
            }
        }
        context["themes"] = form.themes.enumerated().map { index, theme in themeContext(theme, number: index + 1, report) }
        return context
    }

    /// 'Dit rapport rust op 24 inzendingen.'; when comparing, both groups.
    static func basis(_ report: ResultsReport) -> String {
        if report.isComparison {
            return "Dit rapport vergelijkt twee groepen: "
                + DutchText.list(report.groups.map { "\($0.answers.name) (\(DutchText.count($0.count, "inzending", "inzendingen")))" }, word: "en") + "."
        }
        return "Dit rapport rust op \(DutchText.count(report.groups[0].count, "inzending", "inzendingen"))."
    }

    /// What happened to the files of a group, in sentences.
    static func fileNotes(_ group: ResultsReport.Group, _ report: ResultsReport) -> [String] {
        let answers = group.answers
        let prefix = report.isComparison ? "\(answers.name): " : ""
        var text = "\(prefix)\(DutchText.count(answers.files, "bestand", "bestanden")) gelezen."
        if answers.duplicates > 0 {
            text += " \(answers.duplicates == 1 ? "Eén bestand was" : "\(answers.duplicates) bestanden waren") een kopie of een oudere versie van een inzending die al meetelt; elke inzending telt één keer."
        }
        if !answers.rejections.isEmpty {
            text += " \(answers.rejections.count == 1 ? "Eén bestand is" : "\(answers.rejections.count) bestanden zijn") weggelaten (zie ‘Over dit rapport’)."
        }
        var notes = [text]
        if answers.shortened > 0 {
            notes.append("\(prefix)\(answers.shortened == 1 ? "Eén inzending kwam" : "\(answers.shortened) inzendingen kwamen") in een e-mail die de pagina moest inkorten; antwoorden die daarin ontbreken of zijn afgekapt, tellen als niet beantwoord of staan ingekort bij de open antwoorden.")
        }
        return notes
    }

    /// 'Past de training bij je werk?', with the level band of a scored theme and its questions.
    static func themeContext(_ theme: AnswerTheme, number: Int, _ report: ResultsReport) -> [String: Any] {
        var item: [String: Any] = [
            "title": theme.title, "hasTitle": !theme.title.isEmpty, "anchor": "thema-\(number)",
            "questions": theme.questions.map { questionContext($0, report) },
        ]
        if theme.isScored { item["levels"] = levelsContext(theme, number: number, report) }
        return item
    }
}
