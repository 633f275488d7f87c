/// A part of `content/` whose pages must say when they were last checked against their sources
/// (`reviewRequiredIn` in `kennisbank.yml`): a folder, which covers every page below it, or one file.
public struct ReviewScope: Sendable, Hashable {
    /// Path relative to `content/`, without leading or trailing slashes: `juridisch-kader` or
    /// `melden-en-hulp.md`.
    public var path: String
    /// Where the entry is written in the config file.
    public var location: SourceLocation

    /// Creates a scope; slashes around `path` are dropped.
    public init(path: String, location: SourceLocation) {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        self.path = String(trimmed)
        self.location = location
    }

    /// True when the page at `contentPath` (relative to `content/`) lies in this scope.
    public func contains(_ contentPath: String) -> Bool {
        contentPath == path || contentPath.hasPrefix(path + "/")
    }
}
