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
        let staging = try SiteStaging(output: output)
        // Files are independent, so they are written on every core.
        let failures: [Error?] = files.parallelMap { file in
            do { try staging.write(file) } catch { return error }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first {
            staging.discard()
            throw failure
        }
        try staging.commit(copies: copies)
    }
}
