import Foundation

/// A text the tool shows a person, in every language it speaks: a diagnostic, a hint, a line of
/// progress. `DiagnosticFormatter` and the command line pick the language of the site
/// (`Language(code:)`), so the same build reads in Dutch for a Dutch site and in English otherwise.
///
/// The texts live in one catalogue, `Sources/SiteModel/Messages/`: one `static func` per message,
/// grouped by topic (`Message+Links.swift`, `Message+YAML.swift`, ...). To add a message:
/// 1. add a case to `MessageID` under the file's comment (the case name is the stable id);
/// 2. add a function to the fitting `Message+Topic.swift` that returns
///    `Message(.yourID, [arguments...], english: "...", dutch: "...")`, passing every value it
///    interpolates as an argument (a report that counts thousands of the same mistake leaves them
///    out: `kind(in:)`);
/// 3. add a call with sample arguments to `Tests/SiteModelTests/MessageCatalogueTests.swift` and run
///    it with `UPDATE_GOLDEN=1` to write its golden texts (the test fails while an id has no sample).
///
/// Write the Dutch for a trainer at language level B1: short sentences, say what to type, quote
/// names with '...', and never parser words ('scalar', 'mapping'). Every text a person reads goes
/// through the catalogue: there is no way to make a diagnostic from a plain string.
public struct Message: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which message this is, the same in every language.
    public let id: MessageID
    /// The values interpolated into the texts (names, paths, numbers), in order.
    public let arguments: [String]
    public let english: String
    public let dutch: String

    /// A message of the catalogue.
    public init(_ id: MessageID, _ arguments: [String] = [], english: String, dutch: String) {
        self.id = id
        self.arguments = arguments
        self.english = english
        self.dutch = dutch
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        language == .dutch ? dutch : english
    }

    /// The text with the arguments left out (each becomes '…'): what thousands of the same mistake
    /// share, e.g. "page '…' does not exist (looked for …)".
    public func kind(_ language: Language) -> String {
        var text = self.text(language)
        for argument in Set(arguments).sorted(by: { $0.count > $1.count }) where !argument.isEmpty {
            text = text.replacingOccurrences(of: argument, with: "…")
        }
        return text
    }

    /// Two messages, one after the other (a hint with a second sentence).
    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(lhs.id, lhs.arguments + rhs.arguments, english: lhs.english + " " + rhs.english,
                dutch: lhs.dutch + " " + rhs.dutch)
    }

    /// The English text.
    public var description: String { english }
}
