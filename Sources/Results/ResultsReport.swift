import AnswerReading

/// Everything `kennisbank resultaten` reports, computed and independent of how it is shown: the
/// form, the small-group rule, and per group its submissions and tally. The HTML page
/// (`ReportView`), `samenvatting.json` (`SummaryJSON`) and `samenvatting.csv` (`SummaryCSV`) are
/// made from it, so they always agree.
public struct ResultsReport: Sendable {
    /// One group of answers and its tally.
    public struct Group: Sendable {
        public var answers: SubmissionGroup
        public var tally: GroupTally

        /// Submissions counted.
        public var count: Int { tally.submissions }
    }

    public var form: AnswerForm
    public var rule: SmallGroupRule
    /// One group, or two with `--vergelijk`.
    public var groups: [Group]
    /// The page on the published site, when the site has a base URL.
    public var pageURL: String?

    /// Tallies each group of `form`.
    public init(form: AnswerForm, rule: SmallGroupRule, groups: [SubmissionGroup], pageURL: String? = nil) {
        self.form = form
        self.rule = rule
        self.groups = groups.map { Group(answers: $0, tally: GroupTally(form: form, submissions: $0.counted)) }
        self.pageURL = pageURL
    }

    /// True when the report compares two groups.
    public var isComparison: Bool { groups.count > 1 }

    /// The option counts of `question` in `group` as the report may show them.
    public func optionCells(_ question: AnswerQuestion, in group: Group) -> [CellValue] {
        let tally = group.tally.questions[question.id]!
        if rule.tooSmall(group.count) { return tally.counts.map { _ in .below(rule.minimum) } }
        return rule.cells(tally.counts, additive: !question.kind.isMultiple)
    }

    /// How many answered `question`, as the report may show it: the total of a group too small for
    /// any breakdown is not split by question.
    public func answeredCell(_ question: AnswerQuestion, in group: Group) -> CellValue {
        rule.cell(group.tally.questions[question.id]!.answered)
    }

    /// Quiz: right and wrong answers to `question` in `group`.
    public func quizCells(_ question: AnswerQuestion, in group: Group) -> (right: CellValue, wrong: CellValue) {
        let tally = group.tally.questions[question.id]!
        if rule.tooSmall(group.count) { return (.below(rule.minimum), .below(rule.minimum)) }
        let cells = rule.cells([tally.right, tally.answered - tally.right], additive: true)
        return (cells[0], cells[1])
    }

    /// The levels of `theme` in `group` and, last, the submissions without a level.
    public func levelCells(_ theme: AnswerTheme, in group: Group) -> [CellValue] {
        let tally = group.tally.themes[theme.id]!
        if rule.tooSmall(group.count) { return (tally.levelCounts + [tally.incomplete]).map { _ in .below(rule.minimum) } }
        return rule.cells(tally.levelCounts + [tally.incomplete], additive: true)
    }

    /// Scale statistics of `question` in `group`, when enough answered to show them.
    public func statistics(_ question: AnswerQuestion, in group: Group) -> OrdinalStatistics? {
        let tally = group.tally.questions[question.id]!
        return rule.tooSmall(tally.answered) || rule.tooSmall(group.count) ? nil : tally.statistics
    }

    /// Score statistics of `theme` in `group`, when enough submissions have a level.
    public func scoreStatistics(_ theme: AnswerTheme, in group: Group) -> OrdinalStatistics? {
        let tally = group.tally.themes[theme.id]!
        return rule.tooSmall(tally.complete) || rule.tooSmall(group.count) ? nil : tally.statistics
    }

    /// The option chosen wrongly most often in `group`, when at least the smallest group shown chose it.
    public func mostChosenWrong(_ question: AnswerQuestion, in group: Group) -> (option: Int, count: Int)? {
        let tally = group.tally.questions[question.id]!
        guard !rule.tooSmall(group.count) else { return nil }
        let wrong = question.options.indices.filter { !question.options[$0].correct }
        guard let best = wrong.max(by: { tally.counts[$0] < tally.counts[$1] || (tally.counts[$0] == tally.counts[$1] && $0 > $1) }),
              tally.counts[best] > 0, !rule.tooSmall(tally.counts[best]) else { return nil }
        return (best, tally.counts[best])
    }

    /// `count` of `total` as a whole percentage, halves rounded up.
    public static func percent(_ count: Int, of total: Int) -> Int {
        total == 0 ? 0 : (200 * count + total) / (2 * total)
    }
}
