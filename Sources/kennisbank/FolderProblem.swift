import Foundation

/// Why a folder cannot be made or written in, in words: Foundation on Linux says only 'The operation
/// could not be completed (error 512)'.
enum FolderProblem {
    static func describe(_ url: URL, error: Error) -> String {
        var current = url.standardizedFileURL
        while current.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: current.path, isDirectory: &isFolder) {
                if !isFolder.boolValue { return "\(current.path) is a file, not a folder" }
                if !FileManager.default.isWritableFile(atPath: current.path) { return "\(current.path) may not be written in" }
                break
            }
            current = current.deletingLastPathComponent()
        }
        return "\(error)"
    }
}
