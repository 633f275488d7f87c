import Foundation
import SiteModel

/// Why a folder cannot be made or written in, in words: Foundation on Linux says only 'The operation
/// could not be completed (error 512)'.
enum FolderProblem {
    static func describe(_ url: URL, error: Error) -> Phrase {
        var current = url.standardizedFileURL
        while current.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: current.path, isDirectory: &isFolder) {
                if !isFolder.boolValue { return .folderIsFile(current.path) }
                if !FileManager.default.isWritableFile(atPath: current.path) { return .folderNotWritable(current.path) }
                break
            }
            current = current.deletingLastPathComponent()
        }
        // The system's own words, the same in every language.
        return Phrase(english: "\(error)", dutch: "\(error)")
    }
}
