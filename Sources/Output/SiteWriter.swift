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

    /// Writes `files` and copies `copies` (source file -> output path) into a fresh folder, then
    /// swaps it in for `output`.
    public func writeAtomically(files: [OutputFile], copies: [(source: URL, path: String)]) throws {
        let manager = FileManager.default
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
