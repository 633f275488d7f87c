/// One problem found in the input: where it is, what is wrong, and how to fix it.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, Codable {
    /// How serious a diagnostic is. Errors and warnings fail `check` and `build` (a warning fails
    /// them unless warnings are allowed for a local preview); a note only explains others.
    public enum Severity: String, Sendable, Hashable, Comparable, Codable {
        case error
        case warning
        /// A remark about other diagnostics (such as 'this folder was probably renamed'), shown
        /// before them and never counted.
        case note

        private var rank: Int {
            switch self {
            case .note: return 0
            case .error: return 1
            case .warning: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        /// The word a report shows: `error`, or `fout` in Dutch.
        public func word(_ language: Language) -> String {
            switch (self, language) {
            case (.error, .english): return "error"
            case (.warning, .english): return "warning"
            case (.note, .english): return "note"
            case (.error, .dutch): return "fout"
            case (.warning, .dutch): return "waarschuwing"
            case (.note, .dutch): return "let op"
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: Message
    /// How to fix it, in one or two sentences.
    public var hint: Message?
    /// The text to type instead of what is written at `location`, when there is one likely fix
    /// (a 'did you mean'); the report shows it before the hint.
    public var fix: Fix?
    /// Quote the line above the offending one too: an indentation mistake is about two lines.
    public var showsLineAbove = false
    /// Another place the problem involves, such as the other of two files with the same address:
    /// the report names it with its line, so the trainer can open both.
    public var related: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: Message, hint: Message? = nil, fix: Fix? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.fix = fix
    }

    /// An error at `location`.
    public static func error(_ location: SourceLocation, _ message: Message, hint: Message? = nil, fix: Fix? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, fix: fix)
    }

    /// A warning at `location`.
    public static func warning(_ location: SourceLocation, _ message: Message, hint: Message? = nil, fix: Fix? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, fix: fix)
    }

    /// This diagnostic, naming `location` as the other place it involves (`related`).
    public func alsoAt(_ location: SourceLocation) -> Diagnostic {
        var copy = self
        copy.related = location
        return copy
    }

    /// A note at `location` (see `Severity.note`).
    public static func note(_ location: SourceLocation, _ message: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.note, at: location, message, hint: hint)
    }

    /// The same diagnostic, quoting the line above its own.
    public func withLineAbove() -> Diagnostic {
        var copy = self
        copy.showsLineAbove = true
        return copy
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message.english < rhs.message.english
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    /// Number of errors.
    public var errorCount: Int { filter { $0.severity == .error }.count }
    /// Number of warnings.
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
