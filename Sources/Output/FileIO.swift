import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX file access for the output folder. Foundation's `Data.write(to:)` flushed every file
/// to disk (`file_write_and_wait_range` in the profile), which made writing a 10,000-page site
/// take seconds; a static site needs no per-file flush.
enum FileIO {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var detail: String?
        var description: String { "\(path): \(detail ?? String(cString: strerror(code)))" }
    }

    /// Writes `data` to `path`, replacing any file there, and returns the new file's stamp. A
    /// symbolic link at `path` is not followed (the write fails), so nothing outside the output
    /// folder is ever written.
    static func write(_ data: Data, to path: String, flags: Int32 = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC) throws -> FileStamp {
        let flags = flags | O_NOFOLLOW
        let descriptor = open(path, flags, 0o644)
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
        var info = stat()
        if fstat(descriptor, &info) != 0 { throw Failure(path: path, code: errno) }
        return stamp(info)
    }

    /// Writes through `.<name>.kennisbank-tmp` beside `path` and renames it into place.
    static func replace(_ data: Data, at path: String) throws -> FileStamp {
        let temporary = temporaryPath(for: path)
        do {
            let stamp = try write(data, to: temporary)
            if rename(temporary, path) != 0 { throw Failure(path: path, code: errno) }
            return stamp
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// The temporary file `replace` writes first; a build that stopped halfway may leave one.
    static func temporaryPath(for path: String) -> String {
        let folder = parent(of: path)
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) } ?? path
        return (folder.isEmpty ? "" : folder + "/") + "." + name + ".kennisbank-tmp"
    }

    static func stamp(_ info: stat) -> FileStamp {
        FileStamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    /// The folder part of a path: `a/b/c.html` gives `a/b`, `c.html` gives "".
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Creates the folder at `path` and any missing parents; folders that exist, or that another
    /// thread creates at the same time, are fine.
    static func makeFolders(_ path: String) throws {
        guard !path.isEmpty, path != "/" else { return }
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(path: path, code: errno) }
        try makeFolders(parent(of: path))
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(path: path, code: errno) }
    }

    /// Every file below `root` (relative paths, hidden ones included), without following links to
    /// folders; with `nonFilesOnly`, only what is neither a file nor a folder (links, FIFOs, sockets, devices).
    static func files(under root: String, nonFilesOnly: Bool = false) -> [String] {
        var result: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let directory = opendir(relative.isEmpty ? root : root + "/" + relative) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    if lstat(root + "/" + path, &info) == 0 {
                        switch info.st_mode & S_IFMT {
                        case S_IFDIR: type = Int32(DT_DIR)
                        case S_IFREG: type = Int32(DT_REG)
                        default: type = Int32(DT_LNK)
                        }
                    }
                }
                if type == Int32(DT_DIR) {
                    pending.append(path)
                } else if !nonFilesOnly || type != Int32(DT_REG) {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }
}
