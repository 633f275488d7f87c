import AnswerReading

/// What one group answered: per question and per scored theme. A pure function of the form and
/// the counted submissions.
public struct GroupTally: Sendable, Equatable {
    public var submissions: Int
    public var questions: [String: QuestionTally]
    public var themes: [String: ThemeTally]

    /// Tallies `submissions` of `form`.
    public init(form: AnswerForm, submissions: [Submission]) {
        self.submissions = submissions.count
        var questions: [String: QuestionTally] = [:]
        var texts: [String: [String]] = [:]
        var steps: [String: [Int]] = [:]
        for question in form.questions {
            var tally = QuestionTally(options: question.options.count)
            for submission in submissions {
                guard let answer = submission.answers[question.id], !answer.isEmpty else { continue }
                tally.answered += 1
                switch answer {
                case .text(let text):
                    texts[question.id, default: []].append(text)
                case .choices(let chosen):
                    for option in chosen where option < tally.counts.count { tally.counts[option] += 1 }
                    if question.kind == .scale, let first = chosen.first { steps[question.id, default: []].append(first + 1) }
                    let correct = question.options.indices.filter { question.options[$0].correct }
                    if form.kind == .toets && chosen.sorted() == correct { tally.right += 1 }
                    if let yes = question.summary?.yes, chosen.contains(where: yes.contains) { tally.yes += 1 }
                }
            }
            tally.texts = SeededShuffle.shuffled(texts[question.id] ?? [], salt: question.id)
            tally.statistics = OrdinalStatistics(steps[question.id] ?? [])
            questions[question.id] = tally
        }
        self.questions = questions
        var themes: [String: ThemeTally] = [:]
        for theme in form.themes where theme.isScored {
            var tally = ThemeTally(levels: theme.levels.count)
            var scores: [Int] = []
            for submission in submissions {
                if let score = Self.score(theme, submission), let level = theme.level(for: score) {
                    tally.levelCounts[level] += 1
                    scores.append(score)
                } else {
                    tally.incomplete += 1
                }
            }
            tally.statistics = OrdinalStatistics(scores)
            themes[theme.id] = tally
        }
        self.themes = themes
    }

    /// A submission's score on a theme; nil while a question the level needs is unanswered.
    public static func score(_ theme: AnswerTheme, _ submission: Submission) -> Int? {
        var total = 0
        for question in theme.questions where question.isScored {
            var chosen: [Int] = []
            if case .choices(let options)? = submission.answers[question.id] { chosen = options }
            guard let points = question.points(chosen) else { return nil }
            total += points
        }
        return total
    }
}
