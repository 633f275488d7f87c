import Foundation
import SiteModel

/// Write access to the disk for the output folder and its manifest, behind a protocol so that
/// tests can make a write fail halfway through a build (a full disk) and check what the next
/// build makes of it. Paths are absolute. Every method may be called from several threads at once.
public protocol OutputFileSystem: Sendable {
    /// Writes `data` as the file at `path`, creating missing folders. With `replacing`, through a
    /// temporary file beside it and a rename, so that nobody reading the folder (a browser, a
    /// deploy) ever sees half a file. Returns the new file's stamp.
    func write(_ data: Data, to path: String, replacing: Bool) throws -> FileStamp
    /// Appends `data` to the file at `path`, creating it when missing.
    func append(_ data: Data, to path: String) throws
    /// The bytes of the file at `path`.
    func contents(of path: String) throws -> Data
    /// The bytes of a file to copy into the output, read without following links (`SourceFile`).
    func contents(of source: SourceFile) throws -> Data
    /// The stamp of the file at `path`, or nil when there is no file (or something else) there.
    func stamp(of path: String) -> FileStamp?
    /// Whether `path` is missing, a file, or a folder (or anything else).
    func kind(of path: String) -> OutputPathKind
    /// Every file below the folder `path`, as paths relative to it, hidden ones included.
    func files(under path: String) -> [String]
    /// Everything below the folder `path` that is neither a file nor a folder (symbolic links,
    /// FIFOs, sockets, devices), as paths relative to it: hosting and preview downloads publish
    /// the folder as it is, and some of them follow links.
    func nonFiles(under path: String) -> [String]
    /// Removes the file at `path`; a missing file is fine.
    func removeFile(at path: String) throws
    /// Removes the folder at `path` if it is empty; returns true when it did.
    func removeFolderIfEmpty(at path: String) -> Bool
}

extension OutputFileSystem {
    /// A file system that holds no links: the plain read.
    public func contents(of source: SourceFile) throws -> Data { try contents(of: source.url.path) }
    /// A file system that holds no links: nothing.
    public func nonFiles(under path: String) -> [String] { [] }
}

/// What a path of the output is on disk (a link is not followed).
public enum OutputPathKind: Sendable {
    case missing
    case file
    case folder
    /// A symbolic link, FIFO, socket or device.
    case other
}
