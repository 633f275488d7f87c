/// What a content file is, decided by its place in `content/`.
public enum PageKind: String, Sendable, Hashable {
    /// `content/index.md`.
    case home
    /// A folder's `_index.md`.
    case section
    /// Any other Markdown file.
    case page
    /// A file in `content/begrippen/`.
    case term
    /// A file in `content/toetsen/`.
    case quiz
    /// A file in `content/vragenlijsten/`: a questionnaire (zelfscan, evaluation form).
    case questionnaire

    /// The folder that holds glossary terms.
    public static let glossaryFolder = "begrippen"
    /// The folder that holds quizzes.
    public static let quizFolder = "toetsen"
    /// The folder that holds questionnaires (vragenlijsten).
    public static let questionnaireFolder = "vragenlijsten"

    /// Classifies a path relative to `content/`.
    public static func of(contentPath path: String) -> PageKind {
        let parts = path.split(separator: "/")
        let name = parts.last.map(String.init) ?? path
        if parts.count == 1 && (name == "index.md" || name == "_index.md") { return .home }
        if name == "_index.md" { return .section }
        if parts.count == 2 && parts[0] == Substring(glossaryFolder) { return .term }
        if parts.count == 2 && parts[0] == Substring(quizFolder) { return .quiz }
        if parts.count == 2 && parts[0] == Substring(questionnaireFolder) { return .questionnaire }
        return .page
    }
}
