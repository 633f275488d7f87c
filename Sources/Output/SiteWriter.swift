import Foundation
import SiteModel

/// Writes a site into its output folder, changing only what changed: a file whose bytes are what
/// the folder already holds keeps its bytes and its modification time (so an rsync or object-store
/// deploy sends only real changes), and files the build no longer makes are removed. What the
/// folder holds is known from an `OutputManifest` kept beside it (`manifestURL`; read and written
/// in `SiteWriter+Manifest.swift`).
///
/// A round is `begin()`, any number of `write(_:)` and `copy(from:to:)` calls (from any thread),
/// then `finish(current:record:)`. Before the first change of a round the manifest is marked
/// incomplete; a round that stops halfway (a full disk) leaves every file either as it was or as
/// the build meant it, possibly some new files, and that mark. The next round then lists the
/// folder and treats every file in it as its own with unknown bytes: it writes again what it
/// makes and removes the rest, so one successful build repairs the folder.
///
/// The folder is never touched when it holds something this tool did not make: `begin()` refuses
/// a non-empty folder without the marker file (or a manifest), so a mistyped `--output` cannot
/// empty an unrelated folder.
///
/// Unchecked `Sendable`: files are written from the render step's threads; every mutable property (`manifest`,
/// `round`...) is read and written only while `lock` is held, and the files themselves are distinct paths.
public final class SiteWriter: @unchecked Sendable {
    /// The output folder, e.g. `ROOT/site`.
    public let output: URL
    /// The manifest: `.<folder name>.kennisbank-manifest` beside the folder.
    public let manifestURL: URL
    let fileSystem: OutputFileSystem
    // Internal rather than private for the manifest round (`SiteWriter+Manifest.swift`).
    let lock = NSLock()
    /// The manifest as it is on disk, once read; nil when it must be read (again), and during a round.
    var manifest: OutputManifest?
    /// Lines in the manifest file, for deciding between appending and writing it anew.
    var manifestLines = 0
    var round: Round?
    /// The folder was searched for links and other non-files once (`checkForNonFiles`); afterwards
    /// only this writer changes it.
    private var searchedForNonFiles = false

    /// A file in every built site that marks the folder as Kennisbank's.
    public static let markerName = ".kennisbank-site"
    static let markerText = "This folder is built by Kennisbank: every build rewrites the files that changed and removes the ones it no longer makes.\n"

    /// Raised instead of writing into a folder that holds something else (a mistyped `--output`),
    /// or that holds or is a symbolic link or another thing that is not a file.
    public struct RefusedOutput: Error, CustomStringConvertible {
        public let folder: String
        /// Paths of links and other non-files in (or at) the folder; empty for a foreign folder.
        public var nonFiles: [String] = []

        /// The first five non-files, and how many more there are.
        public var shownNonFiles: String {
            nonFiles.prefix(5).joined(separator: ", ") + (nonFiles.count > 5 ? " (+\(nonFiles.count - 5))" : "")
        }

        public var description: String {
            if !nonFiles.isEmpty {
                let shown = shownNonFiles
                return "refusing to write into \(folder): it holds symbolic links or other things that are not files (\(shown)), "
                    + "and the folder is published as it is; remove them (or the whole folder) and build again"
            }
            return "refusing to write into \(folder): it is not empty and was not made by Kennisbank; choose an empty or new folder for --output, or remove it first"
        }
    }

    /// What one round knows and did.
    struct Round {
        /// The folder's files at the start; entries without a hash are the build's but unknown.
        var before: OutputManifest
        /// The folder was missing or empty: nothing to replace, so files are written directly.
        var fresh: Bool
        /// The manifest file holds exactly `before`, so this round's changes can be appended to it.
        var appendable: Bool
        /// Entries written or confirmed in this round.
        var after: [String: OutputManifest.Entry] = [:]
        var written: [String] = []
        /// The manifest on disk says 'incomplete' (set before the first change).
        var marked = false
    }

    /// Creates a writer for `output`; nothing is read before `begin()`.
    public init(output: URL, fileSystem: OutputFileSystem = DiskOutputFileSystem()) {
        self.output = output.standardizedFileURL
        self.fileSystem = fileSystem
        manifestURL = self.output.deletingLastPathComponent().appendingPathComponent(".\(self.output.lastPathComponent).kennisbank-manifest")
    }

    /// Starts a round. Throws `RefusedOutput` for a folder that is not a Kennisbank site.
    public func begin() throws {
        try lock.withLock {
            let known = readManifest()
            var before = known ?? OutputManifest()
            var fresh = false
            var appendable = known != nil && manifestLines < 2 * before.entries.count + 1000
            try checkForNonFiles()
            switch fileSystem.kind(of: output.path) {
            case .file:
                throw RefusedOutput(folder: output.path)
            case .other:
                throw RefusedOutput(folder: output.path, nonFiles: [output.path])
            case .missing:
                (before, fresh, appendable) = (OutputManifest(), true, false)
            case .folder:
                let hasMarker = fileSystem.stamp(of: output.path + "/" + Self.markerName) != nil
                if known != nil, before.complete, hasMarker { break }
                // No trustworthy manifest: every file in the folder is taken as the build's own, bytes unknown.
                appendable = false
                let files = fileSystem.files(under: output.path)
                if files.isEmpty {
                    (before, fresh) = (OutputManifest(), true)
                    break
                }
                let legacy = files.contains("index.html") && files.contains("search-index.js")
                guard hasMarker || known != nil || legacy else { throw RefusedOutput(folder: output.path) }
                for path in files where before.entries[path] == nil {
                    before.entries[path] = OutputManifest.Entry(hash: nil, stamp: nil)
                }
                before.complete = false
            }
            // The round owns the manifest now, so that finishing changes it in place.
            manifest = nil
            round = Round(before: before, fresh: fresh, appendable: appendable)
        }
    }

    /// Writes `file` unless the folder already holds its bytes. Returns true when it wrote.
    @discardableResult
    public func write(_ file: OutputFile) throws -> Bool {
        try put(file.data, at: file.path, hash: ContentHash(file.data), source: nil)
    }

    /// Copies `source` to `path` unless the copy is current. `check` sees the bytes that will be
    /// written and may refuse them (an SVG is checked again as it is copied, so that what is
    /// published is what was checked). Returns true when it wrote.
    @discardableResult
    public func copy(from source: SourceFile, to path: String, check: ((Data) throws -> Void)? = nil) throws -> Bool {
        let sourcePath = source.url.path
        guard let sourceStamp = fileSystem.stamp(of: sourcePath) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: sourcePath])
        }
        let origin = OutputManifest.CopySource(path: sourcePath, stamp: sourceStamp)
        if let entry = lock.withLock({ round?.before.entries[path] }), entry.source == origin, entry.stamp != nil,
           fileSystem.stamp(of: output.path + "/" + path) == entry.stamp {
            lock.withLock { round?.after[path] = entry }
            return false
        }
        let data = try fileSystem.contents(of: source)
        try check?(data)
        return try put(data, at: path, hash: ContentHash(data), source: origin)
    }

    func put(_ data: Data, at path: String, hash: ContentHash, source: OutputManifest.CopySource?) throws -> Bool {
        let target = output.path + "/" + path
        guard let known = lock.withLock({ round.map { (entry: $0.before.entries[path], fresh: $0.fresh) } }) else {
            preconditionFailure("SiteWriter.write outside a round")
        }
        let (entry, fresh) = known
        if let entry, entry.hash == hash, entry.stamp != nil, fileSystem.stamp(of: target) == entry.stamp {
            lock.withLock { round?.after[path] = OutputManifest.Entry(hash: hash, stamp: entry.stamp, source: source) }
            return false
        }
        try markIncomplete()
        // Outside a new folder every file goes through a rename, so none is ever seen half-written.
        let stamp = try fileSystem.write(data, to: target, replacing: !fresh)
        lock.withLock {
            round?.after[path] = OutputManifest.Entry(hash: hash, stamp: stamp, source: source)
            round?.written.append(path)
        }
        return true
    }

    /// Ends a round that failed: the manifest is read again from disk by the next round.
    public func abandon() {
        lock.withLock {
            manifest = nil
            round = nil
        }
    }

    /// Removes the output folder and the manifest (a dev server's temporary folder).
    public func removeAll() {
        lock.withLock {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: manifestURL)
            manifest = nil
        }
    }

    /// Throws `RefusedOutput` when the folder holds a symbolic link or another thing that is not a
    /// file or a folder, or the manifest beside it is one: a link in a committed `site/` would be
    /// published with its target's bytes by a host or a preview download that follows links.
    /// Searched once per writer. Called with the lock held.
    func checkForNonFiles() throws {
        guard !searchedForNonFiles else { return }
        var found = fileSystem.kind(of: manifestURL.path) == .other ? [manifestURL.path] : []
        if fileSystem.kind(of: output.path) == .folder {
            found += fileSystem.nonFiles(under: output.path).map { output.path + "/" + $0 }
        }
        guard found.isEmpty else { throw RefusedOutput(folder: output.path, nonFiles: found) }
        searchedForNonFiles = true
    }
}
