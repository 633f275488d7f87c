import AnswerReading
import SiteModel

/// The answers of one group (all files given, or the files after `--vergelijk`): every file read,
/// each submission counted once, and what was left out and why.
public struct SubmissionGroup: Sendable {
    /// The name the report gives the group ('Groep 1', or the folder's name).
    public var name: String
    /// Files read, counted or not.
    public var files: Int
    /// Each submission once, in a fixed order (by content) that tells nothing about who sent what.
    public var counted: [Submission]
    /// Files that were another copy, or an older version, of a counted submission.
    public var duplicates: Int
    public var rejections: [Rejection]
    /// Warnings that do not leave a file out (two different answers under one submission id).
    public var notes: [Diagnostic]

    /// Groups the outcome of reading each file: a submission with an id counts once, its newest
    /// version (highest `versie`; then the most answers; then the first file by name); a
    /// submission without one counts once per identical set of answers.
    public init(name: String, read: [Result<Submission, Rejection>]) {
        self.name = name
        files = read.count
        var submissions: [Submission] = []
        var rejections: [Rejection] = []
        for outcome in read {
            switch outcome {
            case .success(let submission): submissions.append(submission)
            case .failure(let rejection): rejections.append(rejection)
            }
        }
        self.rejections = rejections.sorted { $0.diagnostic < $1.diagnostic }
        var notes: [Diagnostic] = []
        var kept: [Submission] = []
        var byID: [String: [Submission]] = [:]
        var byContent: [String: [Submission]] = [:]
        for submission in submissions {
            if let id = submission.id { byID[id, default: []].append(submission) } else { byContent[submission.contentKey, default: []].append(submission) }
        }
        for id in byID.keys.sorted() {
            let versions = byID[id]!.sorted { lhs, rhs in
                if lhs.version != rhs.version { return (lhs.version ?? 0) > (rhs.version ?? 0) }
                if lhs.answers.count != rhs.answers.count { return lhs.answers.count > rhs.answers.count }
                return lhs.file < rhs.file
            }
            let newest = versions[0]
            kept.append(newest)
            for other in versions.dropFirst() where other.version == newest.version && other.contentKey != newest.contentKey {
                notes.append(.warning(SourceLocation(file: other.file), .answersSameSubmission(newest.file, id: id, version: newest.version ?? 0),
                                      hint: .answersSameSubmissionHint()))
            }
        }
        for key in byContent.keys.sorted() {
            kept.append(byContent[key]!.min { $0.file < $1.file }!)
        }
        counted = kept.sorted { ($0.contentKey, $0.id ?? "") < ($1.contentKey, $1.id ?? "") }
        duplicates = submissions.count - kept.count
        self.notes = notes
    }

    /// Counted submissions that came from a mail the page had to shorten.
    public var shortened: Int { counted.filter(\.shortened).count }
}
