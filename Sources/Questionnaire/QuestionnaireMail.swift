/// What the 'Mail je antwoorden' link of a questionnaire addresses.
public enum QuestionnaireMail: Sendable, Equatable {
    /// A fixed address (`mailto: evaluatie@example.org`).
    case to(String)
    /// A new message without an addressee, which the reader fills in (`mailto: true`).
    case anyone

    /// The link's `href` before the answers are added: `mailto:adres` or `mailto:`.
    public var href: String {
        switch self {
        case .to(let address): return "mailto:" + address
        case .anyone: return "mailto:"
        }
    }
}
