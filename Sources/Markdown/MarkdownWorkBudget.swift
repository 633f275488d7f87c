import SiteModel

/// What the Markdown texts of one file have cost so far under the work limits of `InputLimits`
/// (brackets, e-mail autolinks, table headers, link references). A quiz holds many small texts;
/// sharing one budget among them keeps a file of many texts within what one text may cost. Used by
/// one task at a time, like the documents it is passed to.
///
/// Unchecked `Sendable`: as for `SuggestionBudget`, one file's texts are parsed in one task; a lock on every
/// counted bracket would cost the parser's hottest loop for nothing.
public final class MarkdownWorkBudget: @unchecked Sendable {
    var bracketWork = 0, emailWork = 0, headerWork = 0, referenceBytes = 0
    /// The 'did you mean' look-ups that the passes over these texts may still make.
    public let suggestions = SuggestionBudget()

    /// A budget with nothing spent.
    public init() {}
}
