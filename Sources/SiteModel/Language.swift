/// The language the tool speaks to the people who write a site: Dutch for a site whose
/// `language` is Dutch (`nl`, `nl-NL`, `nl_BE`), English for any other.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// The language for a site's `language` code.
    public init(code: String) {
        let lower = code.lowercased()
        self = lower == "nl" || lower.hasPrefix("nl-") || lower.hasPrefix("nl_") ? .dutch : .english
    }

    /// `singular` for one, `plural` for any other count, after the number: '1 vraag', '2 vragen'.
    public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
