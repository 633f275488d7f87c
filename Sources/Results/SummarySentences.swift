import AnswerReading

/// The report's opening: the vragenlijst's summary questions answered in one sentence each, the
/// team's median on every scored theme, and for a quiz the questions answered wrong most often.
/// Every number obeys the small-group rule, as the tables below do.
public struct SummarySentences: Sendable {
    /// One item: a question (or theme) and one sentence per group.
    public struct Item: Sendable, Equatable {
        /// The question the item answers, or the theme it is about.
        public var heading: String
        /// Per group: its name (when comparing) and the sentence.
        public var sentences: [(group: String?, text: String)]

        public static func == (lhs: Item, rhs: Item) -> Bool {
            lhs.heading == rhs.heading && lhs.sentences.map(\.text) == rhs.sentences.map(\.text)
                && lhs.sentences.map(\.group) == rhs.sentences.map(\.group)
        }
    }

    public var items: [Item] = []

    /// The sentences of `report`.
    public init(_ report: ResultsReport) {
        let form = report.form
        for question in form.questions {
            guard let summary = question.summary else { continue }
            items.append(Item(heading: summary.question, sentences: report.groups.map { group in
                (report.isComparison ? group.answers.name : nil, Self.sentence(summary, question, group, report))
            }))
        }
        for theme in form.themes where theme.isScored {
            items.append(Item(heading: theme.title, sentences: report.groups.map { group in
                (report.isComparison ? group.answers.name : nil, Self.themeSentence(theme, group, report))
            }))
        }
        if form.kind == .toets {
            for group in report.groups {
                items += Self.quizItems(group, report)
            }
        }
    }

    static func tooFew(_ report: ResultsReport) -> String {
        "Te weinig antwoorden om dit te zeggen (minder dan \(report.rule.minimum))."
    }

    static func sentence(_ summary: AnswerSummary, _ question: AnswerQuestion, _ group: ResultsReport.Group, _ report: ResultsReport) -> String {
        let tally = group.tally.questions[question.id]!
        let answered = tally.answered
        guard !report.rule.tooSmall(answered), !report.rule.tooSmall(group.count) else { return tooFew(report) }
        let noun = answered == group.count ? "deelnemers" : "deelnemers die deze vraag beantwoordden"
        if !summary.yes.isEmpty {
            let cell = report.rule.cells([tally.yes, answered - tally.yes], additive: true)[0]
            let labels = DutchText.list(summary.yes.map { DutchText.quoted(question.options[$0].text) })
            let verb = question.kind.isMultiple && summary.yes.count > 1 ? "kiezen ten minste één van" : DutchText.choose(cell)
            return "\(DutchText.share(cell, of: answered, noun: noun).capitalizedFirst) \(verb) \(labels)."
        }
        let cells = report.optionCells(question, in: group)
        let top = tally.counts.max() ?? 0
        let winners = question.options.indices.filter { tally.counts[$0] == top }
        guard !report.rule.tooSmall(top), winners.allSatisfy({ cells[$0].exact != nil }) else {
            return "Geen antwoord is door \(report.rule.minimum) of meer deelnemers gekozen."
        }
        let labels = DutchText.list(winners.map { DutchText.quoted(question.options[$0].text) }, word: "en")
        return "Het vaakst gekozen: \(labels), \(winners.count > 1 ? "elk " : "")door \(DutchText.share(.exact(top), of: answered, noun: noun))."
    }

    static func themeSentence(_ theme: AnswerTheme, _ group: ResultsReport.Group, _ report: ResultsReport) -> String {
        guard let statistics = report.scoreStatistics(theme, in: group), let range = theme.scoreRange else {
            return "Te weinig volledig ingevulde antwoorden om een mediaan te geven (minder dan \(report.rule.minimum))."
        }
        let median = statistics.median
        var text = "De mediaan van het team is \(DutchText.number(median)) van \(range.upperBound) punten"
        let lower = theme.level(for: Int(median.rounded(.down)))!, upper = theme.level(for: Int(median.rounded(.up)))!
        if lower == upper {
            text += ": \(theme.levels[lower].label) (\(DutchText.points(theme.levels[lower].scores)))."
        } else {
            text += ", op de grens van \(theme.levels[lower].label) en \(theme.levels[upper].label)."
        }
        text += " De middelste helft van het team heeft \(DutchText.points(statistics.lowerQuartile...statistics.upperQuartile))."
        return text
    }

    /// The quiz questions answered right least often, at most three, for the trainer to explain again.
    static func quizItems(_ group: ResultsReport.Group, _ report: ResultsReport) -> [Item] {
        let name = report.isComparison ? group.answers.name : nil
        guard !report.rule.tooSmall(group.count) else {
            return [Item(heading: "Wat uitleg nodig heeft", sentences: [(name, tooFew(report))])]
        }
        let ranked = report.form.questions.filter { question in
            let tally = group.tally.questions[question.id]!
            return tally.answered > 0 && tally.right < tally.answered
        }.sorted { lhs, rhs in
            let l = group.tally.questions[lhs.id]!, r = group.tally.questions[rhs.id]!
            let left = l.right * r.answered, right = r.right * l.answered
            return left != right ? left < right : lhs.number < rhs.number
        }
        guard !ranked.isEmpty else {
            return [Item(heading: "Wat uitleg nodig heeft", sentences: [(name, "Elke beantwoorde vraag is door iedereen goed beantwoord.")])]
        }
        return ranked.prefix(3).map { question in
            let tally = group.tally.questions[question.id]!
            var text = "\(DutchText.share(report.quizCells(question, in: group).right, of: tally.answered).capitalizedFirst) \(tally.right == 1 ? "beantwoordde" : "beantwoordden") deze vraag goed."
            if let wrong = report.mostChosenWrong(question, in: group) {
                text += " Het vaakst gekozen foute antwoord: \(DutchText.quoted(question.options[wrong.option].text)) (\(wrong.count) keer)."
            }
            return Item(heading: "Vraag \(question.number): \(question.text)", sentences: [(name, text)])
        }
    }
}

extension String {
    /// The text with its first letter in capitals ('minder dan' → 'Minder dan').
    var capitalizedFirst: String {
        guard let first = first else { return self }
        return first.uppercased() + dropFirst()
    }
}
