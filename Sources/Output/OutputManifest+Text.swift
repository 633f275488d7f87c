import Foundation
import SiteModel

/// The manifest as a text file, one line per fact, fields separated by tabs (with `\t`, `\n`, `\r`
/// and `\\` escaped in texts):
///
///     kennisbank-manifest 1
///     inputs 3f9c1e2a7b0d4c55
///     warning <line> <column> <file> <message> <hint>
///     file <hash> <size> <mtime-ns> <inode> <path>
///     copy <hash> <size> <mtime-ns> <inode> <source size> <source mtime-ns> <source inode> <path> <source>
///     incomplete
///
/// `incomplete` is appended before a build changes the folder; a finished build replaces the file.
extension OutputManifest {
    static let header = "kennisbank-manifest 1"
    static let incompleteLine = "incomplete\n"

    /// The file's text.
    public func serialized() -> Data {
        var lines: [String] = [Self.header, "inputs\t" + (inputs?.description ?? "-")]
        for diagnostic in diagnostics {
            lines.append([diagnostic.severity.rawValue, String(diagnostic.location.line), String(diagnostic.location.column),
                          Self.escape(diagnostic.location.file), Self.escape(diagnostic.message),
                          diagnostic.hint.map { "+" + Self.escape($0) } ?? "-"].joined(separator: "\t"))
        }
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            guard let hash = entry.hash, let stamp = entry.stamp else { continue }
            var fields = [entry.source == nil ? "file" : "copy", hash.description] + Self.fields(stamp)
            if let source = entry.source { fields += Self.fields(source.stamp) }
            fields.append(Self.escape(path))
            if let source = entry.source { fields.append(Self.escape(source.path)) }
            lines.append(fields.joined(separator: "\t"))
        }
        if !complete { lines.append("incomplete") }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Reads a manifest back; nil when the text is not one (damaged, or from another version).
    public init?(parsing data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(Self.header) else { return nil }
        self.init()
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "inputs" where fields.count == 2:
                inputs = fields[1] == "-" ? nil : ContentHash(hex: fields[1])
            case "error" where fields.count == 6, "warning" where fields.count == 6:
                guard let severity = Diagnostic.Severity(rawValue: String(fields[0])),
                      let line = Int(fields[1]), let column = Int(fields[2]) else { return nil }
                let hint = fields[5] == "-" ? nil : Self.unescape(fields[5].dropFirst())
                diagnostics.append(Diagnostic(severity, at: SourceLocation(file: Self.unescape(fields[3]), line: line, column: column),
                                              Self.unescape(fields[4]), hint: hint))
            case "file" where fields.count == 6:
                guard let hash = ContentHash(hex: fields[1]), let stamp = Self.stamp(fields[2...4]) else { return nil }
                entries[Self.unescape(fields[5])] = Entry(hash: hash, stamp: stamp)
            case "copy" where fields.count == 10:
                guard let hash = ContentHash(hex: fields[1]), let stamp = Self.stamp(fields[2...4]),
                      let sourceStamp = Self.stamp(fields[5...7]) else { return nil }
                entries[Self.unescape(fields[8])] = Entry(hash: hash, stamp: stamp,
                                                          source: CopySource(path: Self.unescape(fields[9]), stamp: sourceStamp))
            case "incomplete" where fields.count == 1:
                complete = false
            default:
                return nil
            }
        }
    }

    private static func fields(_ stamp: FileStamp) -> [String] {
        [String(stamp.size), String(stamp.modified), String(stamp.inode)]
    }

    private static func stamp(_ fields: ArraySlice<Substring>) -> FileStamp? {
        let values = Array(fields)
        guard values.count == 3, let size = Int64(values[0]), let modified = Int64(values[1]),
              let inode = UInt64(values[2]) else { return nil }
        return FileStamp(size: size, modified: modified, inode: inode)
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return text }
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var result = ""
        var escaped = false
        for character in text.unicodeScalars {
            if escaped {
                switch character {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.unicodeScalars.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
