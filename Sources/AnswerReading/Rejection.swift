import SiteModel

/// A file left out of the report: where and why (a warning for the terminal) and the kind of
/// reason (counted in the report, which names no files).
public struct Rejection: Error, Sendable, Equatable {
    /// Why a file was left out, as the report counts it.
    public enum Reason: String, Sendable, CaseIterable, Comparable {
        /// Not an export of a vragenlijst or quiz page at all (another kind of file).
        case notAnExport = "geen-export"
        /// Broken: not valid JSON, CSV or mail text, or cut short.
        case broken = "kapot"
        /// Changed after downloading (saved again by a spreadsheet, edited by hand).
        case changed = "gewijzigd"
        /// The answers of another vragenlijst or quiz.
        case otherForm = "andere-vragenlijst"
        /// A question or answer the vragenlijst does not have (another version of it).
        case unknownAnswer = "onbekende-vraag-of-antwoord"
        /// Larger than any export can be.
        case tooLarge = "te-groot"

        public static func < (lhs: Reason, rhs: Reason) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var diagnostic: Diagnostic
    public var reason: Reason

    /// Creates a rejection of `file` at `line` and `column` (0: the whole file or line).
    public init(_ reason: Reason, file: String, line: Int = 0, column: Int = 0, _ message: Message, hint: Message) {
        self.reason = reason
        diagnostic = .warning(SourceLocation(file: file, line: line, column: column), message.leftOut(), hint: hint)
    }

    /// The file left out.
    public var file: String { diagnostic.location.file }
}
