import Foundation
import SiteModel

/// What an output folder holds, as the last build wrote it: a hash and a stamp of every file,
/// where copied files came from, a fingerprint of the inputs and the warnings of that build. Kept
/// beside the output folder (`SiteWriter.manifestURL`), so that hosting never publishes it.
///
/// A build compares what it renders with the manifest and writes only files whose bytes changed;
/// a file whose stamp no longer matches was changed by someone else and is written again.
public struct OutputManifest: Sendable, Equatable {
    /// One file of the output folder.
    public struct Entry: Sendable, Hashable {
        /// Its bytes' hash; nil when the file is the build's but its bytes are unknown (found by
        /// listing the folder after an interrupted build).
        public var hash: ContentHash?
        public var stamp: FileStamp?
        /// For copied files: the source and its stamp when it was copied.
        public var source: CopySource?

        /// Creates an entry.
        public init(hash: ContentHash?, stamp: FileStamp?, source: CopySource? = nil) {
            self.hash = hash
            self.stamp = stamp
            self.source = source
        }
    }

    /// The file a copy was made from.
    public struct CopySource: Sendable, Hashable {
        public var path: String
        public var stamp: FileStamp

        /// Creates a copy source.
        public init(path: String, stamp: FileStamp) {
            self.path = path
            self.stamp = stamp
        }
    }

    /// Output path (relative to the folder) -> entry.
    public var entries: [String: Entry] = [:]
    /// The fingerprint of everything the build read; nil when unknown.
    public var inputs: ContentHash?
    /// The warnings of the build that wrote the folder, repeated by a build that finds nothing changed.
    public var diagnostics: [Diagnostic] = []
    /// False from the moment a build starts changing the folder until it has finished: then the
    /// folder may hold files no entry describes (see `SiteWriter`).
    public var complete = true

    /// Creates an empty manifest.
    public init() {}
}
