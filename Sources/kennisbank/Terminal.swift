import Foundation

/// Output to the terminal: progress to standard output, diagnostics to standard error.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// True when standard output is a terminal (a person watching), not a file or a pipeline log.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
