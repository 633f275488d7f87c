import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX file writing. Foundation's `Data.write(to:)` flushed every file to disk
/// (`file_write_and_wait_range` in the profile), which made writing a 10,000-page site take
/// seconds; a static site needs no per-file flush, the swap at the end is what makes it atomic.
enum FileIO {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Writes `data` to `path`, replacing any file there.
    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// The folder part of a relative path: `a/b/c.html` gives `a/b`, `c.html` gives "".
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Creates `folder` (relative to `root`) and any missing parents; folders that exist, or that
    /// another thread creates at the same time, are fine.
    static func makeFolder(_ folder: String, under root: String) throws {
        guard !folder.isEmpty else { return }
        let path = root + "/" + folder
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(path: path, code: errno) }
        try makeFolder(parent(of: folder), under: root)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(path: path, code: errno) }
    }
}
