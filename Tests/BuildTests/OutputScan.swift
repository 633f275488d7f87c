import Foundation
import Testing

/// Reads every file a build wrote (QTI packages unpacked) and finds markup that would run: for
/// the planted-file tests of issue #25.
enum OutputScan {
    /// Every file below `folder` as (path, text); each entry of a `.zip` as `path!entry`.
    static func files(_ folder: URL) throws -> [(path: String, text: String)] {
        var result: [(String, String)] = []
        let prefix = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        for case let url as URL in enumerator {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            let data = try Data(contentsOf: url)
            if path.hasSuffix(".zip") {
                for (name, entry) in try unzip(data) { result.append((path + "!" + name, String(decoding: entry, as: UTF8.self))) }
            } else {
                result.append((path, String(decoding: data, as: UTF8.self)))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The entries of a zip whose entries are stored (as `ZipArchive` writes them).
    static func unzip(_ data: Data) throws -> [(String, Data)] {
        let bytes = [UInt8](data)
        func le(_ offset: Int, _ count: Int) -> Int { (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) } }
        var entries: [(String, Data)] = []
        var offset = 0
        while offset + 30 <= bytes.count, le(offset, 4) == 0x0403_4b50 {
            #expect(le(offset + 8, 2) == 0, "entry at \(offset) is compressed")
            let size = le(offset + 18, 4), nameLength = le(offset + 26, 2), extra = le(offset + 28, 2)
            let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            let start = offset + 30 + nameLength + extra
            entries.append((name, Data(bytes[start..<(start + size)])))
            offset = start + size
        }
        #expect(!entries.isEmpty, "no entries in the zip")
        return entries
    }

    /// What in `text` (the file at `path`) would run in a browser or in a learning platform.
    static func executable(in text: String, path: String) -> [String] {
        var problems: [String] = []
        if text.range(of: "javascript:", options: .caseInsensitive) != nil || text.range(of: "vbscript:", options: .caseInsensitive) != nil {
            problems.append("\(path): a script address")
        }
        if path.hasSuffix(".gift.txt") {
            // Question and answer texts are Markdown for Moodle: every '<' must be escaped (\<, written \\< in GIFT).
            for line in text.split(separator: "\n") where !line.hasPrefix("//") && !line.hasPrefix("$CATEGORY") {
                var previous: Character = " "
                for character in line {
                    if character == "<" && previous != "\\" { problems.append("\(path): raw '<' in \(line)") }
                    previous = character
                }
            }
            return problems
        }
        // The search index holds plain text, which search.js shows with textContent, and the theme's own
        // scripts mention tags in comments and strings: only addresses matter there. The definitions
        // script holds HTML that kennisbank.js puts into the page: it is read like a page.
        let isMarkup = path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasPrefix("assets/definities.")
        guard isMarkup else { return problems }
        let markup = text.replacingOccurrences(of: "\\u003c", with: "<").replacingOccurrences(of: "\\u003C", with: "<")
        let tag = try! Regex(#"<([A-Za-z][A-Za-z0-9:-]*)([^>]*)>"#)
        for match in markup.matches(of: tag) {
            let name = String(markup[match.output[1].range!]).lowercased()
            let attributes = String(markup[match.output[2].range!])
            if name == "script" && !attributes.contains("src=") && !attributes.contains("type=\"application/json\"") {
                problems.append("\(path): an inline <script>")
            }
            if ["iframe", "object", "embed", "foreignobject", "frame"].contains(name) { problems.append("\(path): <\(name)>") }
            if attributes.range(of: #"(^|[\s/"'])on[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) != nil {
                problems.append("\(path): an event attribute in <\(name)\(attributes.prefix(60))>")
            }
            if attributes.range(of: #"\sstyle\s*="#, options: .regularExpression) != nil {
                problems.append("\(path): a style attribute in <\(name)\(attributes.prefix(60))>")
            }
        }
        return problems
    }
}
