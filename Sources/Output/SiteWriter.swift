import Foundation
import SiteModel

/// Writes a site into its output folder, changing only what changed: a file whose bytes are what
/// the folder already holds keeps its bytes and its modification time (so an rsync or object-store
/// deploy sends only real changes), and files the build no longer makes are removed. What the
/// folder holds is known from an `OutputManifest` kept beside it (`manifestURL`).
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
    private let lock = NSLock()
    /// The manifest as it is on disk, once read; nil when it must be read (again), and during a round.
    private var manifest: OutputManifest?
    /// Lines in the manifest file, for deciding between appending and writing it anew.
    private var manifestLines = 0
    private var round: Round?
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
    private struct Round {
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

    /// The manifest when the folder holds exactly what it describes and it was written for
    /// `inputs`: then a build has nothing to do. Checks the stamp of every file.
    public func unchanged(inputs: ContentHash) -> OutputManifest? {
        let known = lock.withLock { readManifest() }
        guard let known, known.complete, known.inputs == inputs, known.entries[Self.markerName] != nil else { return nil }
        // A folder with links needs `begin()`, which refuses it.
        guard (try? lock.withLock({ try checkForNonFiles() })) != nil else { return nil }
        let root = output.path
        let fileSystem = self.fileSystem
        let entries = Array(known.entries)
        let same = entries.parallelMap { entry in fileSystem.stamp(of: root + "/" + entry.key) == entry.value.stamp }
        return same.allSatisfy { $0 } ? known : nil
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

    private func put(_ data: Data, at path: String, hash: ContentHash, source: OutputManifest.CopySource?) throws -> Bool {
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

    /// Before the first change of a round: the manifest says 'incomplete', and a new folder gets
    /// its marker first, so that whatever happens next the folder is recognised as the build's.
    private func markIncomplete() throws {
        lock.lock()
        defer { lock.unlock() }
        guard var current = round, !current.marked else { return }
        if fileSystem.kind(of: manifestURL.path) == .file {
            try fileSystem.append(Data(OutputManifest.incompleteLine.utf8), to: manifestURL.path)
            manifestLines += 1
        } else {
            var empty = OutputManifest()
            empty.complete = false
            _ = try fileSystem.write(empty.serialized(), to: manifestURL.path, replacing: true)
            current.appendable = false
        }
        current.marked = true
        if current.fresh {
            let marker = Data(Self.markerText.utf8)
            let stamp = try fileSystem.write(marker, to: output.path + "/" + Self.markerName, replacing: false)
            current.after[Self.markerName] = OutputManifest.Entry(hash: ContentHash(marker), stamp: stamp)
            current.written.append(Self.markerName)
        }
        round = current
    }

    /// Ends the round: removes the files of the folder for which `isCurrent` is false (nil: removes
    /// nothing) and that were not written in this round, and records the folder in the manifest.
    /// `record` is the fingerprint of the inputs and the warnings to keep with it; nil keeps those of
    /// the manifest. Returns the paths written and removed, sorted.
    public func finish(current isCurrent: ((String) -> Bool)?, record: (inputs: ContentHash?, diagnostics: [Diagnostic])?) throws
        -> (written: [String], removed: [String]) {
        if lock.withLock({ round?.after[Self.markerName] == nil }) {
            try write(OutputFile(path: Self.markerName, text: Self.markerText))
        }
        // Files of the folder not made in this round: stale ones go; unknown ones that are still
        // current (not rendered in this round) leave the manifest, as nothing says what they hold.
        var stale: [String] = [], unknown: [String] = []
        lock.withLock {
            let state = round!
            for (path, entry) in state.before.entries where state.after[path] == nil {
                if let isCurrent, !isCurrent(path) { stale.append(path) } else if entry.hash == nil { unknown.append(path) }
            }
        }
        stale.sort()
        if !stale.isEmpty { try markIncomplete() }
        for path in stale {
            try fileSystem.removeFile(at: output.path + "/" + path)
            var folder = FileIO.parent(of: path)
            while !folder.isEmpty, fileSystem.removeFolderIfEmpty(at: output.path + "/" + folder) {
                folder = FileIO.parent(of: folder)
            }
        }
        var state = lock.withLock { () -> Round in
            defer { round = nil }
            return round!
        }
        var next = state.before
        state.before = OutputManifest()  // `next` is the only copy: changed in place
        let (oldInputs, oldDiagnostics) = (next.inputs, next.diagnostics)
        var changed: [String] = []
        for (path, entry) in state.after where next.entries[path] != entry {
            next.entries[path] = entry
            changed.append(path)
        }
        for path in stale + unknown { next.entries[path] = nil }
        if let record { (next.inputs, next.diagnostics) = record }
        let wasComplete = next.complete
        next.complete = true
        if state.marked || !changed.isEmpty || !stale.isEmpty || !unknown.isEmpty || !wasComplete
            || next.inputs != oldInputs || next.diagnostics != oldDiagnostics {
            var old = OutputManifest()
            (old.inputs, old.diagnostics) = (oldInputs, oldDiagnostics)
            do {
                if state.appendable {
                    let lines = next.appendix(changing: changed, removing: stale + unknown, from: old)
                    try fileSystem.append(lines, to: manifestURL.path)
                    lock.withLock { manifestLines += lines.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
                } else {
                    let text = next.serialized()
                    _ = try fileSystem.write(text, to: manifestURL.path, replacing: true)
                    lock.withLock { manifestLines = text.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
                }
            } catch {
                lock.withLock { manifest = nil }
                throw error
            }
        }
        lock.withLock { manifest = next }
        return (state.written.sorted(), stale)
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
    private func checkForNonFiles() throws {
        guard !searchedForNonFiles else { return }
        var found = fileSystem.kind(of: manifestURL.path) == .other ? [manifestURL.path] : []
        if fileSystem.kind(of: output.path) == .folder {
            found += fileSystem.nonFiles(under: output.path).map { output.path + "/" + $0 }
        }
        guard found.isEmpty else { throw RefusedOutput(folder: output.path, nonFiles: found) }
        searchedForNonFiles = true
    }

    /// The manifest in memory, or read from disk; nil when there is none or it cannot be read.
    /// Called with the lock held.
    private func readManifest() -> OutputManifest? {
        if let manifest { return manifest }
        guard let data = try? fileSystem.contents(of: manifestURL.path) else { return nil }
        manifest = OutputManifest(parsing: data)
        manifestLines = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return manifest
    }
}
