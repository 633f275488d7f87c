import Build
import Configuration
import Foundation
import SiteModel
import Starter
import Testing

/// Builds the sites of these tests and checks what they link.
enum StarterSite {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let themeFolder = repository.appendingPathComponent("themes/default")

    /// A fixed moment for review dates, so no result depends on the day the test runs.
    static let now = Date(timeIntervalSince1970: 1_796_212_800)

    /// Builds `files` (path -> text) in memory with the repository's theme.
    static func build(_ files: [String: String], strict: Bool = true) -> BuildResult {
        let options = BuildOptions(root: URL(fileURLWithPath: "/nonexistent-starter-root"), strict: strict,
                                   defaultThemeFolder: themeFolder, now: now)
        return SiteBuilder(options: options, fileSystem: MemoryFileSystem(files), target: .memory).build()
    }

    /// The files of a starter site as a build reads them.
    static func files(of starter: SiteStarter) -> [String: String] {
        Dictionary(uniqueKeysWithValues: starter.files.map { ($0.path, $0.text) })
    }

    /// Every URL a page names that does not lead to a file of `result` (or, with a fragment, to an
    /// element with that id), as 'page: url'. External addresses are left out; they are not ours.
    static func brokenLinks(in result: BuildResult) -> [String] {
        var pages: [String: String] = [:]
        for file in result.files where file.path.hasSuffix(".html") { pages[file.path] = String(decoding: file.data, as: UTF8.self) }
        let published = Set(result.files.map(\.path)).union(result.copies.map(\.path))
        var broken: [String] = []
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            var urls = html.matches(of: /(?:href|src|action)="([^"]*)"/).map { String($0.output.1) }
            // Scripts find the generated files through the asset manifest, relative to the site root.
            if let manifest = html.firstMatch(of: /id="kennisbank-assets">([^<]*)</)?.output.1,
               let names = try? JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: String] {
                let root = html.firstMatch(of: /data-root="([^"]*)"/).map { String($0.output.1) } ?? ""
                urls += names.values.map { root + $0 }
            }
            for url in urls where !url.isEmpty && !url.contains(":") {
                let (target, fragment) = resolve(url.replacingOccurrences(of: "&amp;", with: "&"), from: path)
                if !published.contains(target) {
                    broken.append("\(path): \(url) (no \(target))")
                } else if let fragment, !fragment.isEmpty, let page = pages[target], !page.contains("id=\"\(fragment)\"") {
                    broken.append("\(path): \(url) (no id \(fragment) in \(target))")
                }
            }
        }
        return broken
    }

    /// The output path `url` leads to from the page at `page`, and its fragment.
    static func resolve(_ url: String, from page: String) -> (String, String?) {
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        if rest.isEmpty { return (page, fragment) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in rest.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..": _ = parts.popLast()
            default: parts.append(String(part).removingPercentEncoding ?? String(part))
            }
        }
        var target = parts.joined(separator: "/")
        if rest.hasSuffix("/") || target.isEmpty { target += target.isEmpty ? "index.html" : "/index.html" }
        return (target, fragment)
    }

    /// The entries of a zip made by `ZipArchive` (stored, not compressed); nil for anything else.
    static func zipEntries(_ data: Data) -> [(name: String, data: Data)]? {
        let bytes = [UInt8](data)
        func le(_ offset: Int, _ count: Int) -> Int {
            (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        var entries: [(String, Data)] = []
        var offset = 0
        while offset + 30 <= bytes.count, le(offset, 4) == 0x0403_4B50 {
            guard le(offset + 8, 2) == 0 else { return nil }
            let size = le(offset + 18, 4), nameLength = le(offset + 26, 2), extra = le(offset + 28, 2)
            let start = offset + 30 + nameLength + extra
            guard start + size <= bytes.count else { return nil }
            entries.append((String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self),
                            Data(bytes[start..<(start + size)])))
            offset = start + size
        }
        return entries.isEmpty ? nil : entries
    }
}
