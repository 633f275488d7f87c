import Foundation

/// A file a build copies from below a folder it trusts: the site root for `content/`, a theme
/// folder for the theme's assets. It is read through `SafeFile`, so a link on the way, or a file
/// that became a link or a FIFO after the build listed it, is refused instead of followed.
public struct SourceFile: Sendable, Hashable {
    /// The folder the path is relative to.
    public var folder: URL
    /// The `/`-separated path below `folder`, e.g. `content/definities/schema.svg`.
    public var path: String

    /// Creates a source file.
    public init(folder: URL, path: String) {
        self.folder = folder
        self.path = path
    }

    /// The absolute file URL (for stamps and the manifest; reading goes through `read()`).
    public var url: URL { folder.appendingPathComponent(path) }

    /// The file's bytes, read without following a link anywhere below `folder`.
    public func read() throws -> Data {
        try SafeFile.read(path, under: folder.path)
    }
}
