import Foundation
import SiteModel

/// Writes a built site to disk. A full build goes into a temporary folder beside the output and
/// replaces the output only at the end, so a failed or interrupted build leaves the previous site
/// as it was.
public struct SiteWriter: Sendable {
    /// The output folder, e.g. `ROOT/site`.
    public let output: URL

    /// Creates a writer for `output`.
    public init(output: URL) { self.output = output.standardizedFileURL }

    /// A file in every built site that marks the folder as Kennisbank's to replace.
    public static let markerName = ".kennisbank-site"

    /// Raised instead of replacing a folder that holds something else (a mistyped `--output`).
    public struct RefusedOutput: Error, CustomStringConvertible {
        public let folder: String
        public var description: String {
            "refusing to replace \(folder): it is not empty and was not made by Kennisbank; choose an empty or new folder for --output, or remove it first"
        }
    }

    /// True when `output` may be replaced: it does not exist, is empty, or holds a Kennisbank site
    /// (the marker, or an older build's index.html and search-index.js).
    func mayReplaceOutput() -> Bool {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isFolder) else { return true }
        guard isFolder.boolValue else { return false }
        let entries = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
        if entries.isEmpty || entries.contains(Self.markerName) { return true }
        return entries.contains("index.html") && entries.contains("search-index.js")
    }

    /// Writes `files` and copies `copies` (source file -> output path) into a fresh folder, then
    /// swaps it in for `output`.
    public func writeAtomically(files: [OutputFile], copies: [(source: URL, path: String)]) throws {
        let manager = FileManager.default
        guard mayReplaceOutput() else { throw RefusedOutput(folder: output.path) }
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).tmp-\(token)")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(token)")
        do {
            try write(files: files, copies: copies, into: staging)
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: retired)
            }
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: retired)
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: output.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: output)
            }
            throw error
        }
    }

    private func write(files: [OutputFile], copies: [(source: URL, path: String)], into folder: URL) throws {
        var all = files
        all.append(OutputFile(path: Self.markerName, text: "This folder is built by Kennisbank and replaced on every build.\n"))
        for copy in copies { all.append(OutputFile(path: copy.path, data: try Data(contentsOf: copy.source))) }
        let root = folder.path
        try FileIO.makeFolders(Set(all.map { FileIO.parent(of: $0.path) }), under: root)
        // Files are independent, so they are written on every core; results come back in order.
        let failures: [FileIO.Failure?] = all.parallelMap { file in
            let path = root + "/" + file.path
            do { try FileIO.write(file.data, to: path) } catch let failure as FileIO.Failure { return failure } catch {
                return FileIO.Failure(path: path, code: EIO)
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }
}
