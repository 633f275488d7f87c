import Foundation
import Output

/// Where a build's rendered files go.
public enum OutputTarget: Sendable {
    /// Into `BuildOptions.output`, through a `SiteWriter` over this file system (tests pass one
    /// that fails on purpose).
    case folder(OutputFileSystem)
    /// Into `BuildResult.files` (tests).
    case memory
    /// Nowhere: `kennisbank check` renders every page and writes nothing.
    case discard

    /// The output folder on the real disk.
    public static var disk: OutputTarget { .folder(DiskOutputFileSystem()) }
}
