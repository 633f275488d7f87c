import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension SafeFile {
    /// The bytes of many ordinary files below `root` (`/`-separated relative paths), in the order
    /// given, read on every core with the same checks as `read`. Each folder is opened once for up
    /// to `batch` of its files: opening every part of every path again was four `openat` and four
    /// `close` calls per page (40,000 of each on a 10,000-page site). Files larger than `maxBytes`
    /// are not read (`TooLarge`).
    public static func readMany(_ paths: [String], under root: String, maxBytes: Int? = nil,
                                batch: Int = 64) -> [Result<Data, any Error>] {
        // Consecutive runs of paths in the same folder (a listing is sorted, so a folder's files are
        // together), cut into batches so that one large folder still spreads over the cores.
        var batches: [Range<Int>] = []
        var start = 0
        for index in paths.indices where index > start {
            if index - start == batch || folder(of: paths[index]) != folder(of: paths[start]) {
                batches.append(start..<index)
                start = index
            }
        }
        if start < paths.count { batches.append(start..<paths.count) }
        let results = batches.parallelMap { range -> [Result<Data, any Error>] in
            let parts = paths[range.lowerBound].split(separator: "/", omittingEmptySubsequences: true)
            let folderParts = parts.dropLast()
            let folder: Int32
            do {
                folder = try openFolder(folderParts, under: root, shownPrefix: "")
            } catch {
                // Each file meets the same failure as `read` would give it (the folder's path).
                return range.map { index in Result { try read(paths[index], under: root) } }
            }
            defer { close(folder) }
            let folderPath = join(root, folderParts)
            return range.map { index in
                let path = paths[index]
                guard let name = path.split(separator: "/", omittingEmptySubsequences: true).last else {
                    return .failure(Failure(path: path, code: EISDIR))
                }
                return Result {
                    try readFile(String(name), in: folder, folderPath: folderPath, root: root, shown: path, maxBytes: maxBytes)
                }
            }
        }
        return results.flatMap { $0 }
    }

    /// The folder part of a `/`-separated path ("" for a name alone).
    private static func folder(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash]
    }
}
