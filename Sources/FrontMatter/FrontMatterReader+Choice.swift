import SiteModel

extension FrontMatterReader {
    /// A text that must be one of `Choice`'s raw values ('type: single'); any other text is an error
    /// that lists them, with a 'did you mean' for a near miss. `what` names it in the message.
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, required: Bool = false, example: String = "", what: Phrase
    ) -> Choice? where Choice.RawValue == String {
        guard let text = string(key, required: required, example: example) else { return nil }
        if let value = Choice(rawValue: text.value) { return value }
        let names = Choice.allCases.map(\.rawValue)
        let guess = Suggestion.closest(to: text.value, in: names)
        report(.error(text.location, .unknownChoice(what, text.value), hint: .useOneOf(names),
                      fix: guess.map { Fix(replacing: text.value, with: $0) }))
        return nil
    }
}
