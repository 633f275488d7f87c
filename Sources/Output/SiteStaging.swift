import Foundation
import SiteModel

/// A site being written: files go into a temporary folder beside the output as soon as they are
/// ready, and `commit` swaps that folder in for the output. Until then the previous site stays as
/// it was; a staging that is never committed removes its folder.
///
/// `write` may be called from several threads at once: every file gets its own descriptor and
/// missing folders are created on demand (`EEXIST` from a racing thread is fine).
public final class SiteStaging: @unchecked Sendable {
    /// The output folder, e.g. `ROOT/site`.
    public let output: URL
    private let folder: URL
    private let retired: URL
    private let lock = NSLock()
    private var finished = false
    private var count = 0

    /// Creates the temporary folder. Throws `SiteWriter.RefusedOutput` when `output` holds something
    /// that is not a Kennisbank site (a mistyped `--output`), before anything is written.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        guard SiteWriter(output: self.output).mayReplaceOutput() else { throw SiteWriter.RefusedOutput(folder: self.output.path) }
        let parent = self.output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        folder = parent.appendingPathComponent(".\(self.output.lastPathComponent).tmp-\(token)")
        retired = parent.appendingPathComponent(".\(self.output.lastPathComponent).old-\(token)")
        if mkdir(folder.path, 0o755) != 0 { throw FileIO.Failure(path: folder.path, code: errno) }
    }

    deinit { if !finished { try? FileManager.default.removeItem(at: folder) } }

    /// Number of files written so far.
    public var writtenCount: Int { lock.withLock { count } }

    /// Writes one file below the temporary folder.
    public func write(_ file: OutputFile) throws {
        // Almost every file is a page's index.html in a folder of its own, which never exists yet:
        // making the folder first saves a failing open() per page. A folder another file (or
        // thread) already made answers EEXIST, which makeFolder accepts.
        try FileIO.makeFolder(FileIO.parent(of: file.path), under: folder.path)
        try FileIO.write(file.data, to: folder.path + "/" + file.path)
        lock.withLock { count += 1 }
    }

    /// Writes the marker and `copies` (source file -> output path), then replaces `output` with the
    /// temporary folder. On failure the previous site is put back.
    public func commit(copies: [(source: URL, path: String)]) throws {
        let manager = FileManager.default
        do {
            try write(OutputFile(path: SiteWriter.markerName, text: "This folder is built by Kennisbank and replaced on every build.\n"))
            let failures: [Error?] = copies.parallelMap { copy in
                do { try self.write(OutputFile(path: copy.path, data: try Data(contentsOf: copy.source))) } catch { return error }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            if manager.fileExists(atPath: output.path) { try manager.moveItem(at: output, to: retired) }
            try manager.moveItem(at: folder, to: output)
            finished = true
            try? manager.removeItem(at: retired)
        } catch {
            discard()
            if !manager.fileExists(atPath: output.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: output)
            }
            throw error
        }
    }

    /// Removes the temporary folder; the output is left as it was.
    public func discard() {
        finished = true
        try? FileManager.default.removeItem(at: folder)
    }
}
