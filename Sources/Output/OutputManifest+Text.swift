import Foundation
import SiteModel

/// The manifest as a text file, one line per fact, fields separated by tabs (with `\t`, `\n`, `\r`
/// and `\\` escaped in texts):
///
///     kennisbank-manifest 2
///     inputs <hash or ->
///     diagnostic <the diagnostic as JSON, with both languages of its texts>
///     file <hash> <size> <mtime-ns> <inode> <path>
///     copy <hash> <size> <mtime-ns> <inode> <source size> <source mtime-ns> <source inode> <path> <source>
///
/// A build that changes the folder first appends `incomplete`; when it is done it appends what
/// changed (`file` and `copy` lines replace earlier ones for their path, `removed <path>` drops one,
/// `clear-diagnostics` starts the warnings anew) and `complete`. So a dev server's build of one
/// page appends a few lines instead of rewriting a line per file of the site; the file is written
/// compactly again when the appended lines outgrow the entries.
extension OutputManifest {
    static let header = "kennisbank-manifest 2\n"
    static let incompleteLine = "incomplete\n"

    /// The whole manifest, compactly.
    public func serialized() -> Data {
        var out = Array(Self.header.utf8)
        out.reserveCapacity(entries.count * 96)
        Self.appendRecord(inputs: inputs, diagnostics: diagnostics, clearing: false, to: &out)
        for (path, entry) in entries { Self.append(path, entry, to: &out) }
        if !complete { out += Array(Self.incompleteLine.utf8) }
        return Data(out)
    }

    /// The lines that turn `old` (as the file holds it) into this manifest, ending in `complete`:
    /// `written` are the paths whose entries changed, `removed` the paths dropped.
    func appendix(changing written: [String], removing removed: [String], from old: OutputManifest) -> Data {
        var out: [UInt8] = []
        for path in written { if let entry = entries[path] { Self.append(path, entry, to: &out) } }
        for path in removed {
            out += Array("removed\t".utf8)
            Self.appendEscaped(path, to: &out)
            out.append(0x0A)
        }
        if inputs != old.inputs || diagnostics != old.diagnostics {
            Self.appendRecord(inputs: inputs, diagnostics: diagnostics, clearing: true, to: &out)
        }
        out += Array("complete\n".utf8)
        return Data(out)
    }

    private static func appendRecord(inputs: ContentHash?, diagnostics: [Diagnostic], clearing: Bool, to out: inout [UInt8]) {
        out += Array("inputs\t\(inputs?.description ?? "-")\n".utf8)
        if clearing { out += Array("clear-diagnostics\n".utf8) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for diagnostic in diagnostics {
            guard let json = try? encoder.encode(diagnostic) else { continue }
            out += Array(("diagnostic\t" + escape(String(decoding: json, as: UTF8.self)) + "\n").utf8)
        }
    }

    private static func append(_ path: String, _ entry: Entry, to out: inout [UInt8]) {
        guard let hash = entry.hash, let stamp = entry.stamp else { return }
        out += Array((entry.source == nil ? "file\t" : "copy\t").utf8)
        out += Array(hash.description.utf8)
        appendNumbers(stamp, to: &out)
        if let source = entry.source { appendNumbers(source.stamp, to: &out) }
        out.append(0x09)
        appendEscaped(path, to: &out)
        if let source = entry.source {
            out.append(0x09)
            appendEscaped(source.path, to: &out)
        }
        out.append(0x0A)
    }

    private static func appendNumbers(_ stamp: FileStamp, to out: inout [UInt8]) {
        for number in [String(stamp.size), String(stamp.modified), String(stamp.inode)] {
            out.append(0x09)
            out += Array(number.utf8)
        }
    }

    private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        out += Array(escape(text).utf8)
    }

    /// Reads a manifest back; nil when the text is not one (damaged, or from another version).
    public init?(parsing data: Data) {
        self.init()
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix(Self.header) else { return nil }
        for line in text.dropFirst(Self.header.utf8.count).split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "file" where fields.count == 6:
                guard let hash = ContentHash(hex: fields[1]), let stamp = Self.stamp(fields[2...4]) else { return nil }
                entries[Self.unescape(fields[5])] = Entry(hash: hash, stamp: stamp)
            case "copy" where fields.count == 10:
                guard let hash = ContentHash(hex: fields[1]), let stamp = Self.stamp(fields[2...4]),
                      let sourceStamp = Self.stamp(fields[5...7]) else { return nil }
                entries[Self.unescape(fields[8])] = Entry(hash: hash, stamp: stamp,
                                                          source: CopySource(path: Self.unescape(fields[9]), stamp: sourceStamp))
            case "removed" where fields.count == 2:
                entries[Self.unescape(fields[1])] = nil
            case "inputs" where fields.count == 2:
                inputs = fields[1] == "-" ? nil : ContentHash(hex: fields[1])
            case "clear-diagnostics" where fields.count == 1:
                diagnostics = []
            case "diagnostic" where fields.count == 2:
                guard let diagnostic = try? JSONDecoder().decode(Diagnostic.self, from: Data(Self.unescape(fields[1]).utf8)) else { return nil }
                diagnostics.append(diagnostic)
            case "incomplete" where fields.count == 1:
                complete = false
            case "complete" where fields.count == 1:
                complete = true
            default:
                return nil
            }
        }
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
