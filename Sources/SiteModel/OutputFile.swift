import Foundation

/// A file of the built site: its path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var data: Data

    /// Creates an output file from bytes.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// Creates an output file from text, encoded as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}
