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
            try write(files: files, copies: copies, into: staging, skipUnchanged: false)
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

    /// Writes only the files whose bytes changed into the existing output (for the dev server),
    /// and removes files that are no longer part of the site. Returns the paths written.
    @discardableResult
    public func writeIncrementally(files: [OutputFile], copies: [(source: URL, path: String)]) throws -> [String] {
        let written = try write(files: files, copies: copies, into: output, skipUnchanged: true)
        let keep = Set(files.map(\.path) + copies.map(\.path))
        let prefix = output.path + "/"
        if let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let path = url.standardizedFileURL.path
                if path.hasPrefix(prefix), !keep.contains(String(path.dropFirst(prefix.count))) {
                    try? FileManager.default.removeItem(at: url)
                }
            }
        }
        return written
    }

    @discardableResult
    private func write(files: [OutputFile], copies: [(source: URL, path: String)], into folder: URL, skipUnchanged: Bool) throws -> [String] {
        var all = files
        for copy in copies { all.append(OutputFile(path: copy.path, data: try Data(contentsOf: copy.source))) }
        let root = folder.path
        try FileIO.makeFolders(Set(all.map { FileIO.parent(of: $0.path) }), under: root)
        // Files are independent, so they are written on every core; results come back in order.
        let outcomes: [Result<String?, FileIO.Failure>] = all.parallelMap { file in
            let path = root + "/" + file.path
            if skipUnchanged, let existing = FileManager.default.contents(atPath: path), existing == file.data { return .success(nil) }
            do { try FileIO.write(file.data, to: path) } catch let failure as FileIO.Failure { return .failure(failure) } catch {
                return .failure(FileIO.Failure(path: path, code: EIO))
            }
            return .success(file.path)
        }
        var written: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let path?): written.append(path)
            case .success(nil): continue
            case .failure(let failure): throw failure
            }
        }
        return written.sorted()
    }
}
