import Foundation
import SiteModel

/// Output to the terminal: progress to standard output, diagnostics to standard error.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// An error that is not at a place in a file, as the reports print it: 'fout: ...', then the hint
    /// on an indented line.
    static func problem(_ message: Message, hint: Message? = nil, _ language: Language) -> String {
        let text = Diagnostic.Severity.error.word(language) + ": " + message.text(language)
        return hint.map { text + "\n    " + Message.hintLabel().text(language) + " " + $0.text(language) } ?? text
    }

    /// True when standard output is a terminal (a person watching), not a file or a pipeline log.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
