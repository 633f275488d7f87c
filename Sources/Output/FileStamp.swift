import Foundation

/// What `stat` says about a file: its size, modification time and inode. While none of them
/// changes, the file holds the bytes it held when the stamp was taken (a manifest keeps one per
/// file, so a build can tell a file it wrote from one changed or replaced since).
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    public var inode: UInt64

    /// Creates a stamp.
    public init(size: Int64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
