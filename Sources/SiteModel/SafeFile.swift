import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads files and lists folders below a folder the build trusts (the site root, a theme folder,
/// the output folder) without following a symbolic link on any part of the path and without
/// opening anything but ordinary files and folders.
///
/// Every part of a path is opened relative to the folder before it (`openat` with `O_NOFOLLOW`),
/// and a file is looked at (`fstatat` without following) before it is opened and checked again on
/// the open descriptor, so what is read is what was checked: a link swapped in between is refused,
/// and a FIFO is never opened (opening one for reading waits for a writer).
public enum SafeFile {
    /// Something went wrong that is not a refusal: a missing file, no permission.
    public struct Failure: Error, CustomStringConvertible, LocalizedError {
        public var path: String
        public var code: Int32
        public var description: String { "\(path): \(String(cString: strerror(code)))" }
        public var errorDescription: String? { String(cString: strerror(code)) }
    }

    /// A file larger than the reader's limit, left unread.
    public struct TooLarge: Error {
        public var path: String
        public var size: Int
    }

    /// The bytes of the ordinary file at `path` (`/`-separated, relative to `root`). Paths in
    /// refusals are `shownPrefix` + the part of `path` that was refused.
    public static func read(_ path: String, under root: String, shownPrefix: String = "") throws -> Data {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let name = parts.last else { throw Failure(path: shownPrefix + path, code: EISDIR) }
        let folder = try openFolder(parts.dropLast(), under: root, shownPrefix: shownPrefix)
        defer { close(folder) }
        return try readFile(String(name), in: folder, folderPath: join(root, parts.dropLast()), root: root,
                            shown: shownPrefix + path)
    }

    /// Reads the ordinary file `name` in the open folder `folder`: looked at without following a
    /// link, opened, and checked again on the descriptor. A file larger than `maxBytes` is not read.
    static func readFile(_ name: String, in folder: Int32, folderPath: String, root: String, shown: String,
                         maxBytes: Int? = nil) throws -> Data {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { throw Failure(path: shown, code: errno) }
        if let refusal = refusal(info, name: name, in: folder, folderPath: folderPath, root: root, shown: shown) {
            throw refusal
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Failure(path: shown, code: EISDIR) }
        if let maxBytes, Int(info.st_size) > maxBytes { throw TooLarge(path: shown, size: Int(info.st_size)) }
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ELOOP { throw FileRefusal(path: shown, reason: .link(target: "?", leavesRoot: false, toFolder: false)) }
            throw Failure(path: shown, code: errno)
        }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0 else { throw Failure(path: shown, code: errno) }
        guard opened.st_mode & S_IFMT == S_IFREG, opened.st_ino == info.st_ino, opened.st_dev == info.st_dev else {
            // Replaced between the look and the open: read nothing rather than something unchecked.
            throw Failure(path: shown, code: ESTALE)
        }
        return try readAll(descriptor, sizeHint: Int(opened.st_size), shown: shown)
    }

    /// Every ordinary file at or below `folder` (relative to `root`; "" for `root` itself), as
    /// `root`-relative paths, sorted, and what was refused there. Names that start with '.' are
    /// skipped, as builds skip hidden files; a missing folder has nothing.
    public static func list(_ folder: String, under root: String, shownPrefix: String = "") -> (files: [String], refused: [FileRefusal]) {
        var files: [String] = []
        var refused: [FileRefusal] = []
        let parts = folder.split(separator: "/", omittingEmptySubsequences: true)
        if let name = parts.last {
            // The starting point itself: a file is listed as itself, a link or a FIFO is refused.
            guard let parent = try? openFolder(parts.dropLast(), under: root, shownPrefix: shownPrefix) else {
                return (files, refusalOnTheWay(to: folder, under: root, shownPrefix: shownPrefix).map { [$0] } ?? [])
            }
            defer { close(parent) }
            var info = stat()
            guard fstatat(parent, String(name), &info, AT_SYMLINK_NOFOLLOW) == 0 else { return ([], []) }
            if let refusal = refusal(info, name: String(name), in: parent, folderPath: join(root, parts.dropLast()), root: root,
                                     shown: shownPrefix + folder) {
                return ([], [refusal])
            }
            if info.st_mode & S_IFMT == S_IFREG { return ([parts.joined(separator: "/")], []) }
        }
        var pending = [parts.joined(separator: "/")]
        while let relative = pending.popLast() {
            let descriptor: Int32
            do {
                descriptor = try openFolder(relative.split(separator: "/")[...], under: root, shownPrefix: shownPrefix)
            } catch let refusal as FileRefusal {
                refused.append(refusal)
                continue
            } catch {
                continue
            }
            guard let directory = fdopendir(descriptor) else {
                close(descriptor)
                continue
            }
            defer { closedir(directory) }
            let folderPath = relative.isEmpty ? root : root + "/" + relative
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    // File systems that do not fill in d_type: ask without following.
                    var info = stat()
                    guard fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                    type = Self.directoryType(info.st_mode)
                }
                switch type {
                case Int32(DT_DIR): pending.append(path)
                case Int32(DT_REG): files.append(path)
                case Int32(DT_LNK):
                    refused.append(linkRefusal(name: name, in: dirfd(directory), folderPath: folderPath, root: root, shown: shownPrefix + path))
                default:
                    refused.append(FileRefusal(path: shownPrefix + path, reason: .special(Self.describe(type))))
                }
            }
        }
        return (files.sorted(), refused.sorted { $0.path < $1.path })
    }

    /// True when `path` (absolute) is an ordinary file, not following a link at its end.
    public static func isFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// True when `path` (absolute) is a folder, not following a link at its end.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    // MARK: - Opening

    /// Opens the folder `parts` below `root`, each part without following a link.
    static func openFolder(_ parts: ArraySlice<Substring>, under root: String, shownPrefix: String) throws -> Int32 {
        var descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: root, code: errno) }
        var walked: [Substring] = []
        for part in parts where part != "." {
            let shown = shownPrefix + (walked + [part]).joined(separator: "/")
            if part == ".." {
                close(descriptor)
                throw FileRefusal(path: shown, reason: .outside)
            }
            let next = openat(descriptor, String(part), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 {
                let code = errno
                var info = stat()
                let refusal = fstatat(descriptor, String(part), &info, AT_SYMLINK_NOFOLLOW) == 0
                    ? self.refusal(info, name: String(part), in: descriptor, folderPath: join(root, walked[...]), root: root, shown: shown)
                    : nil
                close(descriptor)
                throw refusal ?? Failure(path: shown, code: code)
            }
            close(descriptor)
            descriptor = next
            walked.append(part)
        }
        return descriptor
    }

    /// Finds the link or special file on the way to `path` that made opening it fail, if any.
    private static func refusalOnTheWay(to path: String, under root: String, shownPrefix: String) -> FileRefusal? {
        do {
            close(try openFolder(path.split(separator: "/").dropLast(), under: root, shownPrefix: shownPrefix))
            return nil
        } catch {
            return error as? FileRefusal
        }
    }

    /// The refusal for what `info` describes, or nil for an ordinary file or folder.
    static func refusal(_ info: stat, name: String, in folder: Int32, folderPath: String, root: String, shown: String) -> FileRefusal? {
        let type = directoryType(info.st_mode)
        switch type {
        case Int32(DT_REG), Int32(DT_DIR): return nil
        case Int32(DT_LNK): return linkRefusal(name: name, in: folder, folderPath: folderPath, root: root, shown: shown)
        default: return FileRefusal(path: shown, reason: .special(describe(type)))
        }
    }

    private static func linkRefusal(name: String, in folder: Int32, folderPath: String, root: String, shown: String) -> FileRefusal {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlinkat(folder, name, &buffer, buffer.count - 1)
        let target = count >= 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        // Where the link leads, for the message only (the link is refused either way).
        let linkPath = folderPath + "/" + name
        let resolved = realPath(linkPath)
            ?? URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: folderPath, isDirectory: true)).standardizedFileURL.path
        let rootPath = realPath(root) ?? root
        let inside = resolved == rootPath || resolved.hasPrefix(rootPath + "/")
        var info = stat()
        let toFolder = stat(linkPath, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        return FileRefusal(path: shown, reason: .link(target: target, leavesRoot: !inside, toFolder: toFolder))
    }

    /// The path with every link resolved; nil when nothing is there.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func join(_ root: String, _ parts: ArraySlice<Substring>) -> String {
        parts.isEmpty ? root : root + "/" + parts.joined(separator: "/")
    }

    private static func readAll(_ descriptor: Int32, sizeHint: Int, shown: String) throws -> Data {
        var data = Data(capacity: max(sizeHint, 0) + 1)
        var buffer = [UInt8](repeating: 0, count: min(max(sizeHint + 1, 4096), 1 << 20))
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: shown, code: errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    private static func directoryType(_ mode: mode_t) -> Int32 {
        switch mode & S_IFMT {
        case S_IFREG: return Int32(DT_REG)
        case S_IFDIR: return Int32(DT_DIR)
        case S_IFLNK: return Int32(DT_LNK)
        case S_IFIFO: return Int32(DT_FIFO)
        case S_IFSOCK: return Int32(DT_SOCK)
        case S_IFCHR: return Int32(DT_CHR)
        case S_IFBLK: return Int32(DT_BLK)
        default: return Int32(DT_UNKNOWN)
        }
    }

    private static func describe(_ type: Int32) -> Phrase {
        switch type {
        case Int32(DT_FIFO): return .namedPipe
        case Int32(DT_SOCK): return .socket
        case Int32(DT_CHR): return .characterDevice
        case Int32(DT_BLK): return .blockDevice
        default: return .otherThanFile
        }
    }
}
