/// One answer in a submission: the chosen options (indexes into the question's options, in
/// option order) or the text of an open question.
public enum Answer: Sendable, Hashable {
    case choices([Int])
    case text(String)

    /// True when nothing was chosen or written.
    public var isEmpty: Bool {
        switch self {
        case .choices(let chosen): return chosen.isEmpty
        case .text(let text): return text.isEmpty
        }
    }
}
