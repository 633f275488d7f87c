import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every file below a folder with its bytes and its modification time (nanoseconds), so tests can
/// tell a file that was rewritten with the same bytes from one left alone.
struct DiskSnapshot: Equatable {
    var files: [String: Data] = [:]
    var stamps: [String: Int64] = [:]

    init(_ folder: URL) throws {
        let prefix = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.path
            let relative = String(path.dropFirst(prefix.count))
            files[relative] = try Data(contentsOf: url)
            var info = stat()
            if stat(path, &info) == 0 {
                stamps[relative] = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            }
        }
    }
}
