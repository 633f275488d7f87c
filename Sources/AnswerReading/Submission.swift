/// The answers of one participant, read from one export file.
public struct Submission: Sendable, Hashable {
    /// The export's submission id (`inzending`): random, made once per browser and page. Nil in
    /// exports made before it existed.
    public var id: String?
    /// Counts up as the participant changes answers (`versie`), so the newest of two exports of
    /// one submission wins. Nil in old exports.
    public var version: Int?
    /// Answered questions by id; unanswered ones are absent.
    public var answers: [String: Answer]
    /// The file it was read from, as given on the command line.
    public var file: String
    /// The export was a mail cut short to fit a mail link: `missing` lists what it left out.
    public var shortened: Bool
    /// Questions whose answers a shortened mail left out or cut; they count as unanswered.
    public var missing: [String]

    /// Creates a submission.
    public init(id: String? = nil, version: Int? = nil, answers: [String: Answer], file: String,
                shortened: Bool = false, missing: [String] = []) {
        self.id = id
        self.version = version
        self.answers = answers
        self.file = file
        self.shortened = shortened
        self.missing = missing
    }

    /// The answers as one canonical text: two exports of the same answers (a CSV and a JSON,
    /// or the same file twice) give the same key, whatever their format.
    public var contentKey: String {
        answers.keys.sorted().map { id -> String in
            switch answers[id]! {
            case .choices(let chosen): return id + "=" + chosen.map(String.init).joined(separator: ",")
            case .text(let text): return id + ":" + text.utf8.count.description + ":" + text
            }
        }.joined(separator: "\n")
    }
}
