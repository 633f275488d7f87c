import Foundation

/// Read access to a site's source files, behind a protocol so that tests can build sites held in memory.
public protocol SiteFileSystem: Sendable {
    /// Every file below `folder` (relative to the site root), as root-relative paths, sorted.
    func files(under folder: String) -> [String]
    /// The bytes of a file.
    func data(at path: String) throws -> Data
    /// True when a file exists at `path`.
    func fileExists(at path: String) -> Bool
}

extension SiteFileSystem {
    /// The file decoded as UTF-8.
    public func text(at path: String) throws -> String {
        let bytes = try data(at: path)
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw Diagnostic.error(SourceLocation(file: path), "the file is not valid UTF-8 text",
                                   hint: "save the file as UTF-8 in your editor")
        }
        return text
    }
}

/// The real disk, below a root folder.
public struct DiskFileSystem: SiteFileSystem {
    /// Absolute path of the site root.
    public let root: URL

    /// Creates a file system rooted at `root`.
    public init(root: URL) { self.root = root.standardizedFileURL }

    public func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var result: [String] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { result.append(String(path.dropFirst(prefix.count))) }
        }
        return result.sorted()
    }

    public func data(at path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    public func fileExists(at path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }
}

/// A site held in memory: paths to contents. Used by tests and fixtures.
public struct MemoryFileSystem: SiteFileSystem {
    /// Root-relative path to file contents.
    public var contents: [String: Data]

    /// Creates a file system from texts.
    public init(_ files: [String: String]) {
        contents = files.mapValues { Data($0.utf8) }
    }

    /// Parses Hugo-style one-string fixtures: `-- content/a.md --` lines start a file.
    public init(fixture: String) {
        var files: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() { if let current { files[current] = lines.joined(separator: "\n") + "\n" } }
        for line in fixture.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3)).trimmingCharacters(in: .whitespaces)
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        self.init(files)
    }

    public func files(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return contents.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    public func data(at path: String) throws -> Data {
        guard let data = contents[path] else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return data
    }

    public func fileExists(at path: String) -> Bool { contents[path] != nil }
}
