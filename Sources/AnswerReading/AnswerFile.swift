/// One file given to `kennisbank resultaten`: its name as given and its bytes.
public struct AnswerFile: Sendable {
    /// The path as the trainer gave it (or below a folder they gave), for messages.
    public var name: String
    public var bytes: [UInt8]

    /// Creates a file.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The lowercase extension without the dot ('csv'), or ''.
    public var fileExtension: String {
        let last = name.split(separator: "/").last ?? ""
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }
}
