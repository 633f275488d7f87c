import Foundation
import SiteModel

/// Writes a report folder and nothing outside it. A new or empty folder is filled; a folder with
/// the marker of an earlier report (`.kennisbank-resultaten`, listing its files) gets the new
/// report and loses the files of the old one that the new one does not make. A folder holding
/// anything else is refused, as `build` refuses a folder it did not make, so a mistyped
/// `--output` never mixes a report into (or removes) other files.
public enum ReportWriter {
    /// The marker: the files the last report wrote, one per line.
    public static let markerName = ".kennisbank-resultaten"

    /// Why nothing was written.
    public struct Refused: Error, Sendable, CustomStringConvertible {
        public var folder: String
        public var reason: Message
        public var description: String { message.english }
        /// What a person reads: where, and why.
        public var message: Message { .reportRefused(folder, reason: reason) }
    }

    /// Writes `files` (paths relative to `folder`) into `folder`.
    public static func write(_ files: [OutputFile], to folder: URL) throws(Refused) {
        let manager = FileManager.default
        let path = folder.path
        var isFolder: ObjCBool = false
        var previous: Set<String> = []
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Refused(folder: path, reason: .reportFolderIsFile()) }
            let present = Set(filesBelow(folder))
            if !present.isEmpty {
                guard let marker = manager.contents(atPath: folder.appendingPathComponent(markerName).path) else {
                    throw Refused(folder: path, reason: .reportFolderNotEmpty())
                }
                previous = Set(String(decoding: marker, as: UTF8.self).split(separator: "\n").map(String.init))
                let foreign = present.subtracting(previous).subtracting([markerName])
                if let first = foreign.sorted().first {
                    throw Refused(folder: path, reason: .reportFolderForeign(first, others: foreign.count - 1))
                }
            }
        }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            let made = Set(files.map(\.path))
            for old in previous.subtracting(made) where !old.contains("..") {
                try? manager.removeItem(at: folder.appendingPathComponent(old))
            }
            for file in files {
                let target = folder.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if manager.contents(atPath: target.path) != file.data { try file.data.write(to: target, options: .atomic) }
            }
            let list = files.map(\.path).sorted().joined(separator: "\n") + "\n"
            try Data(list.utf8).write(to: folder.appendingPathComponent(markerName), options: .atomic)
        } catch {
            throw Refused(folder: path, reason: .reportWriteFailed(error.localizedDescription))
        }
    }

    /// Every file below `folder`, as paths relative to it.
    static func filesBelow(_ folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let item = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(item).path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(item)
            }
        }
        return files
    }

    /// Why `output` must not hold a report: inside the site's content (it would be published with
    /// the site) or its build output. Nil when it may.
    public static func refusal(output: URL, siteRoot: URL, siteOutput: URL) -> Message? {
        let target = output.standardizedFileURL.path + "/"
        for (folder, what) in [(siteRoot.appendingPathComponent("content"), Phrase.reportContent),
                               (siteRoot.appendingPathComponent("themes"), .reportThemes), (siteOutput, .reportSiteOutput)] {
            let inside = folder.standardizedFileURL.path + "/"
            if target.hasPrefix(inside) { return .reportInsideSite(what) }
        }
        return nil
    }
}
