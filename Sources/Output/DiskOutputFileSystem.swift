import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#endif

/// The real disk, through plain POSIX calls (see `FileIO`).
public struct DiskOutputFileSystem: OutputFileSystem {
    /// Creates the disk file system.
    public init() {}

    public func write(_ data: Data, to path: String, replacing: Bool) throws -> FileStamp {
        if replacing {
            do { return try FileIO.replace(data, at: path) } catch let failure as FileIO.Failure where failure.code == ENOENT {
                try FileIO.makeFolders(FileIO.parent(of: path))
                return try FileIO.replace(data, at: path)
            }
        }
        // Almost every file is a page's index.html in a folder of its own, which does not exist yet:
        // making the folder first saves a failing open() per page. A folder another thread
        // made meanwhile answers EEXIST, which makeFolders accepts.
        try FileIO.makeFolders(FileIO.parent(of: path))
        return try FileIO.write(data, to: path)
    }

    public func append(_ data: Data, to path: String) throws {
        _ = try FileIO.write(data, to: path, flags: O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC)
    }

    /// Never through a link at the end of `path` (the manifest could be one) and never a FIFO.
    public func contents(of path: String) throws -> Data {
        let folder = FileIO.parent(of: path)
        do {
            return try SafeFile.read(String(path.dropFirst(folder.count + 1)), under: folder.isEmpty ? "/" : folder)
        } catch let refusal as FileRefusal {
            throw FileIO.Failure(path: path, code: ELOOP, detail: refusal.diagnostic.message.english)
        }
    }

    public func contents(of source: SourceFile) throws -> Data {
        do { return try source.read() } catch let refusal as FileRefusal {
            throw refusal.diagnostic
        }
    }

    public func stamp(of path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIO.stamp(info)
    }

    public func kind(of path: String) -> OutputPathKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    public func files(under path: String) -> [String] { FileIO.files(under: path) }

    public func nonFiles(under path: String) -> [String] { FileIO.files(under: path, nonFilesOnly: true) }

    public func removeFile(at path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw FileIO.Failure(path: path, code: errno) }
    }

    public func removeFolderIfEmpty(at path: String) -> Bool { rmdir(path) == 0 }
}
