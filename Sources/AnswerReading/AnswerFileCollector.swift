import Foundation
import SiteModel

/// Reads the files and folders given to `kennisbank resultaten`, and nothing else: a folder's files
/// in name order, its subfolders too; hidden files (`.DS_Store`) are skipped, and links inside a
/// folder are not followed, so the command never reads a file the trainer did not point at.
public enum AnswerFileCollector {
    /// What was found: the files, the files left out at once (too large, a link), and paths that
    /// do not exist or cannot be read (errors: the trainer mistyped).
    public struct Outcome: Sendable {
        public var files: [AnswerFile] = []
        public var rejections: [Rejection] = []
        public var errors: [Diagnostic] = []
    }

    /// Folders nested deeper than this are not followed.
    static let maxDepth = 16

    /// Collects `paths`, each relative to `base` unless absolute; names in messages are the paths as given.
    public static func collect(_ paths: [String], base: URL) -> Outcome {
        var outcome = Outcome()
        let manager = FileManager.default
        for path in paths {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                outcome.errors.append(.error(SourceLocation(file: path), .answersNoPath(path), hint: .answersNoPathHint()))
                continue
            }
            if isFolder.boolValue {
                collectFolder(url, name: path.hasSuffix("/") ? String(path.dropLast()) : path, depth: 0, into: &outcome)
            } else {
                read(url, name: path, into: &outcome)
            }
        }
        return outcome
    }

    private static func collectFolder(_ url: URL, name: String, depth: Int, into outcome: inout Outcome) {
        guard depth < maxDepth else { return }
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: url.path) else {
            outcome.errors.append(.error(SourceLocation(file: name), .answersFolderUnreadable(name), hint: .answersFolderUnreadableHint()))
            return
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let child = url.appendingPathComponent(entry)
            let childName = name + "/" + entry
            let attributes = try? manager.attributesOfItem(atPath: child.path)
            let type = attributes?[.type] as? FileAttributeType
            if type == .typeSymbolicLink {
                outcome.rejections.append(Rejection(.notAnExport, file: childName, .answersLink(), hint: .answersLinkHint()))
            } else if type == .typeDirectory {
                collectFolder(child, name: childName, depth: depth + 1, into: &outcome)
            } else if type == .typeRegular {
                read(child, name: childName, into: &outcome)
            }
        }
    }

    private static func read(_ url: URL, name: String, into outcome: inout Outcome) {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > ExportReader.maxFileSize {
            outcome.rejections.append(Rejection(.tooLarge, file: name, .answersTooLarge(kilobytes: size / 1000, limit: ExportReader.maxFileSize / 1000),
                                                hint: .answersTooLargeHint()))
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            outcome.errors.append(.error(SourceLocation(file: name), .answersFileUnreadable(name), hint: .answersFileUnreadableHint()))
            return
        }
        outcome.files.append(AnswerFile(name: name, bytes: [UInt8](data)))
    }
}
