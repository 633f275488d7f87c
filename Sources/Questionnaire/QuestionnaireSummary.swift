import SiteModel

/// A summary question of a vragenlijst (`summary:` on a question): `kennisbank resultaten` answers
/// it in one computed sentence at the top of its report ('Sluit de training aan? 18 van 24
/// deelnemers (75%) kiezen ‘4 – eens’ of ‘5 – helemaal eens’.').
public struct QuestionnaireSummary: Sendable, Equatable {
    /// The question the sentence answers, as the report prints it.
    public var question: String
    /// The options (indexes into the question's options) that count as 'yes'. Empty: the
    /// sentence names the answer chosen most.
    public var answers: [Int]
    public var location: SourceLocation

    /// Creates a summary question.
    public init(question: String, answers: [Int], location: SourceLocation) {
        self.question = question
        self.answers = answers
        self.location = location
    }
}
