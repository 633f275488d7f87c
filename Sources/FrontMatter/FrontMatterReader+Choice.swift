import SiteModel

extension FrontMatterReader {
    /// A text that must be one of `Choice`'s raw values ('type: single'); any other text is an error
    /// that lists them, with a 'did you mean' for a near miss. `what` names it in the message.
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, required: Bool = false, example: String = "", what: String
    ) -> Choice? where Choice.RawValue == String {
        guard let text = string(key, required: required, example: example) else { return nil }
        if let value = Choice(rawValue: text.value) { return value }
        let names = Choice.allCases.map(\.rawValue)
        var hint = "use one of: " + names.joined(separator: ", ")
        if let guess = Suggestion.closest(to: text.value, in: names) { hint = "did you mean '\(guess)'? " + hint }
        report(.error(text.location, "unknown \(what) '\(text.value)'", hint: hint))
        return nil
    }
}
