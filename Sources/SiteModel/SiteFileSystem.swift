import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Read access to a site's source files, behind a protocol so that tests can build sites held in memory.
public protocol SiteFileSystem: Sendable {
    /// Every file below `folder` (relative to the site root), as root-relative paths, sorted.
    func files(under folder: String) -> [String]
    /// The bytes of a file.
    func data(at path: String) throws -> Data
    /// True when a file exists at `path`.
    func fileExists(at path: String) -> Bool
    /// The size of a file in bytes, read without reading the file; nil when unknown.
    func byteCount(at path: String) -> Int?
    /// The files at or below `path` (a folder, or a file that lists as itself) and what a build
    /// refuses there: symbolic links, FIFOs, sockets and devices (`FileRefusal`).
    func listing(under path: String) -> FileListing
    /// The bytes of several files, in the order given; a file larger than `maxBytes` fails with
    /// `SafeFile.TooLarge` unread.
    func data(at paths: [String], maxBytes: Int?) -> [Result<Data, any Error>]
}

/// What `SiteFileSystem.listing(under:)` found: the ordinary files, and the errors for everything
/// a build does not read.
public struct FileListing: Sendable {
    /// Root-relative paths of ordinary files, sorted.
    public var files: [String]
    /// One error per refused entry, at its path.
    public var refused: [Diagnostic]

    /// Creates a listing.
    public init(files: [String], refused: [Diagnostic] = []) {
        self.files = files
        self.refused = refused
    }
}

extension SiteFileSystem {
    /// A file system without links or special files: the file itself, or the files below the folder.
    public func listing(under path: String) -> FileListing {
        FileListing(files: fileExists(at: path) ? [path] : files(under: path))
    }

    /// Reads the files one by one (a file system that can do better says so).
    public func data(at paths: [String], maxBytes: Int?) -> [Result<Data, any Error>] {
        paths.parallelMap { path in
            Result {
                if let maxBytes, let size = byteCount(at: path), size > maxBytes { throw SafeFile.TooLarge(path: path, size: size) }
                return try data(at: path)
            }
        }
    }

    /// The file decoded as UTF-8. Files larger than `InputLimits.maxFileBytes` are refused before
    /// they are read, and so are files that are not UTF-8 text or hold a NUL byte (a binary file,
    /// or text saved as UTF-16), at the first byte that is wrong.
    public func text(at path: String) throws -> String {
        if let size = byteCount(at: path), size > InputLimits.maxFileBytes {
            throw Self.tooLarge(path: path, size: size)
        }
        return try Self.decode(try data(at: path), path: path)
    }

    /// Several files decoded as `text(at:)` does, in the order given, read on every core.
    public func texts(at paths: [String]) -> [Result<String, Diagnostic>] {
        let read = data(at: paths, maxBytes: InputLimits.maxFileBytes)
        return Array(zip(paths, read)).parallelMap { path, outcome in
            do {
                return .success(try Self.decode(try outcome.get(), path: path))
            } catch let tooLarge as SafeFile.TooLarge {
                return .failure(Self.tooLarge(path: path, size: tooLarge.size))
            } catch let diagnostic as Diagnostic {
                return .failure(diagnostic)
            } catch let refusal as FileRefusal {
                return .failure(refusal.diagnostic)
            } catch {
                return .failure(.error(SourceLocation(file: path), .fileUnreadable(error.localizedDescription)))
            }
        }
    }

    private static func tooLarge(path: String, size: Int) -> Diagnostic {
        .error(SourceLocation(file: path, line: 1, column: 1), .fileTooLarge(size, limit: InputLimits.maxFileBytes),
               hint: .fileTooLargeHint())
    }

    /// UTF-8 text without NUL bytes, or an error at the first byte that is wrong.
    private static func decode(_ bytes: Data, path: String) throws -> String {
        // memchr: Data's own firstIndex(of:) checks exclusive access per byte, a quarter of a build's time.
        let zero: Int? = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
        if let zero {
            throw Diagnostic.error(Self.location(of: zero, in: bytes, file: path),
                                   .fileHasNUL(), hint: .saveAsUTF8Hint())
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            scan: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let scalar): offset += scalar.count
                case .emptyInput, .error: break scan
                }
            }
            throw Diagnostic.error(Self.location(of: offset, in: bytes, file: path), .fileNotUTF8(),
                                   hint: .saveAsUTF8Hint())
        }
        return text
    }

    /// Line and column (in characters) of a byte offset.
    private static func location(of offset: Int, in bytes: Data, file: String) -> SourceLocation {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// The real disk, below a root folder. Nothing is read through a symbolic link and nothing but
/// ordinary files is opened (`SafeFile`): a link or a FIFO in the site is an error at its path.
public struct DiskFileSystem: SiteFileSystem {
    /// Absolute path of the site root.
    public let root: URL

    /// Creates a file system rooted at `root`.
    public init(root: URL) { self.root = root.standardizedFileURL }

    public func files(under folder: String) -> [String] {
        listing(under: folder).files
    }

    public func listing(under path: String) -> FileListing {
        // readdir with d_type instead of FileManager's enumerator: no URL objects and no extra stat
        // per file (the enumerator was most of 'Discovering' on a 10,000-page site).
        let (files, refused) = SafeFile.list(path, under: root.path)
        return FileListing(files: files, refused: refused.map(\.diagnostic))
    }

    public func data(at path: String) throws -> Data {
        do {
            return try SafeFile.read(path, under: root.path)
        } catch let refusal as FileRefusal {
            throw refusal.diagnostic
        }
    }

    /// Each folder opened once for its files (`SafeFile.readMany`).
    public func data(at paths: [String], maxBytes: Int?) -> [Result<Data, any Error>] {
        SafeFile.readMany(paths, under: root.path, maxBytes: maxBytes).map { outcome in
            outcome.mapError { error in (error as? FileRefusal).map { $0.diagnostic } ?? error }
        }
    }

    public func byteCount(at path: String) -> Int? {
        var info = stat()
        guard lstat(root.path + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// True for anything but a folder, links and FIFOs included: reading them then says what is wrong.
    public func fileExists(at path: String) -> Bool {
        var info = stat()
        return lstat(root.path + "/" + path, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR
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

    public func byteCount(at path: String) -> Int? { contents[path]?.count }
}
