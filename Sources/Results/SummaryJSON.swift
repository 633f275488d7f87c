import AnswerReading

/// `samenvatting.json`: the report's counts for other programs. `vragenlijst` (or `toets`), the
/// submissions counted (`antwoorden`), the files left out (`geweigerd`: file, line, column, kind,
/// reason), per question id `beantwoord` and `opties` (label → count) or `teksten`, per scored
/// theme id the count per level (`themas`) and the median and quartiles of its scores (`scores`).
/// A count the small-group rule hides is a text ('< 5', '20–24') instead of a number. With
/// `--vergelijk` the second group is under `vergelijking`, in the same shape.
public enum SummaryJSON {
    /// The file's text.
    public static func text(_ report: ResultsReport) -> String {
        var members: [(String, JSONOutput)] = [
            (report.form.kind == .vragenlijst ? "vragenlijst" : "toets", .string(report.form.slug)),
            ("titel", .string(report.form.title)),
            ("minGroep", .int(report.rule.minimum)),
        ]
        members += group(report.groups[0], report)
        members.append(("samenvatting", .array(SummarySentences(report).items.flatMap { item in
            item.sentences.map { sentence -> JSONOutput in
                var entry: [(String, JSONOutput)] = [("vraag", .string(item.heading))]
                if let name = sentence.group { entry.append(("groep", .string(name))) }
                entry.append(("zin", .string(sentence.text)))
                return .object(entry)
            }
        })))
        if report.groups.count > 1 { members.append(("vergelijking", .object(group(report.groups[1], report)))) }
        return JSONOutput.object(members).text
    }

    private static func group(_ group: ResultsReport.Group, _ report: ResultsReport) -> [(String, JSONOutput)] {
        let answers = group.answers
        var members: [(String, JSONOutput)] = []
        if report.isComparison { members.append(("naam", .string(answers.name))) }
        members += [
            ("antwoorden", .int(group.count)),
            ("bestanden", .int(answers.files)),
            ("dubbel", .int(answers.duplicates)),
            ("ingekort", .int(answers.shortened)),
            ("geweigerd", .array(answers.rejections.map { rejection in
                let location = rejection.diagnostic.location
                return .object([("bestand", .string(location.file)), ("regel", location.line > 0 ? .int(location.line) : .null),
                                ("kolom", location.column > 0 ? .int(location.column) : .null),
                                ("soort", .string(rejection.reason.rawValue)), ("reden", .string(rejection.diagnostic.message.dutch))])
            })),
        ]
        members.append(("vragen", .object(report.form.questions.map { question in (question.id, self.question(question, group, report)) })))
        let scored = report.form.themes.filter(\.isScored)
        if !scored.isEmpty {
            members.append(("themas", .object(scored.map { theme in
                let cells = report.levelCells(theme, in: group)
                return (theme.id, .object(theme.levels.enumerated().map { ($1.label, .cell(cells[$0])) }))
            })))
            members.append(("scores", .object(scored.map { theme in
                let cells = report.levelCells(theme, in: group)
                let statistics = report.scoreStatistics(theme, in: group)
                return (theme.id, .object([
                    ("minimum", .int(theme.scoreRange!.lowerBound)), ("maximum", .int(theme.scoreRange!.upperBound)),
                    ("onvolledig", .cell(cells.last!)),
                    ("mediaan", statistics.map { .number($0.median) } ?? .null),
                    ("kwartielen", statistics.map { .array([.int($0.lowerQuartile), .int($0.upperQuartile)]) } ?? .null),
                ]))
            })))
        }
        return members
    }

    private static func question(_ question: AnswerQuestion, _ group: ResultsReport.Group, _ report: ResultsReport) -> JSONOutput {
        let tally = group.tally.questions[question.id]!
        var members: [(String, JSONOutput)] = [("soort", .string(question.kind.rawValue)),
                                               ("beantwoord", .cell(report.answeredCell(question, in: group)))]
        if question.kind == .open {
            members.append(("teksten", .array(tally.texts.map(JSONOutput.string))))
            return .object(members)
        }
        let cells = report.optionCells(question, in: group)
        members.append(("opties", .object(question.options.enumerated().map { ($1.text, .cell(cells[$0])) })))
        if question.kind == .scale {
            let statistics = report.statistics(question, in: group)
            members.append(("mediaan", statistics.map { .number($0.median) } ?? .null))
            members.append(("kwartielen", statistics.map { .array([.int($0.lowerQuartile), .int($0.upperQuartile)]) } ?? .null))
        }
        if report.form.kind == .toets {
            let quiz = report.quizCells(question, in: group)
            members.append(("goed", .cell(quiz.right)))
            members.append(("fout", .cell(quiz.wrong)))
            members.append(("vaakstFout", report.mostChosenWrong(question, in: group).map { .string(question.options[$0.option].text) } ?? .null))
        }
        return .object(members)
    }
}
