import Foundation
import SiteModel

/// `kennisbank theme export`: a copy of a theme's templates and assets (CSS, JavaScript) to start a
/// site's own theme from. A site's theme overrides the built-in one file by file, so the copy only
/// needs to keep the files that are changed. Never writes over a file.
public enum ThemeExporter {
    /// The reason an export refused: files that would be written over.
    public struct FilesExist: Error, CustomStringConvertible {
        /// Paths relative to the destination.
        public let existing: [String]
        public var description: String { "these files exist already: " + existing.joined(separator: ", ") }
    }

    /// The theme's files below `templates/`, `assets/` and `texts/`, as paths relative to `theme`, sorted;
    /// listed as a build reads a theme, so a symbolic link or FIFO in it is never followed.
    public static func files(of theme: URL) -> [String] {
        ["templates", "assets", "texts"].flatMap { folder in
            SafeFile.list(folder, under: theme.standardizedFileURL.path).files
        }.sorted()
    }

    /// Copies the theme at `source` into `destination` (created when missing). Refuses, copying
    /// nothing, when any of the files exists there already. Returns the paths written.
    @discardableResult
    public static func export(from source: URL, to destination: URL) throws -> [String] {
        let paths = files(of: source)
        let existing = paths.filter { FileManager.default.fileExists(atPath: destination.appendingPathComponent($0).path) }
        if !existing.isEmpty { throw FilesExist(existing: existing) }
        for path in paths {
            let target = destination.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try SafeFile.read(path, under: source.standardizedFileURL.path).write(to: target, options: .withoutOverwriting)
        }
        return paths
    }
}
