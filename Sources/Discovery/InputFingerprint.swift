import Configuration
import Foundation
import History
import Output
import SiteModel
import Theme

/// A hash of everything a build reads: the tool itself, the options that change the output, the
/// config, the theme and every file below `content/`. A build that finds the fingerprint the output
/// folder's manifest was written with, and the folder as that manifest describes it, has nothing to
/// do. A step that starts reading something new (another file, the environment, git) must add it here.
package enum InputFingerprint {
    /// Bump when the same inputs should no longer count as the same build.
    package static let version = "kennisbank-inputs 4"

    package static func make(options: BuildOptions, fileSystem: SiteFileSystem, theme: Theme, snapshot: ContentSnapshot,
                             dates: SourceDates) -> ContentHash {
        var hasher = ContentHasher()
        hasher.add(version)
        hasher.add(executableIdentity)
        hasher.add(options.includeDrafts ? "drafts" : "no drafts")
        hasher.add(options.buildDate.map { String($0.timeIntervalSince1970) } ?? "no date")
        hasher.add(options.injectedScript ?? "no script")
        hasher.add(String(describing: options.baseURL))
        hasher.add(options.hashesAssetNames ? "hashed names" : "plain names")
        if let folder = options.handouts {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".pdf") {
                hasher.add("handout " + name)
                hasher.add(identity(ofFile: folder.appendingPathComponent(name).path))
            }
        }
        // Review warnings depend on the day of the build.
        hasher.add(CalendarDay(options.now).description)
        for (path, date) in dates.byPath.sorted(by: { $0.key < $1.key }) {
            hasher.add(path)
            hasher.add(String(date.timeIntervalSince1970))
        }
        hasher.add((try? fileSystem.data(at: SiteConfig.fileName)) ?? Data("no config".utf8))
        for name in theme.templates.keys.sorted() {
            hasher.add(name)
            hasher.add(theme.templates[name]!.text)
        }
        for file in theme.textFiles {
            hasher.add(file.file)
            hasher.add(file.text)
        }
        for asset in theme.assets {
            hasher.add(asset.path)
            hasher.add(identity(ofFile: asset.source.url.path))
        }
        let markdown = snapshot.markdown.sorted { $0.key < $1.key }
        for (item, hash) in zip(markdown, markdown.parallelMap { ContentHash($0.value) }) {
            hasher.add(item.key)
            hasher.add(hash)
        }
        let disk = fileSystem as? DiskFileSystem
        for path in snapshot.staticFiles.sorted() {
            hasher.add(path)
            if let disk {
                hasher.add(identity(ofFile: disk.root.appendingPathComponent("content/" + path).path))
            } else {
                hasher.add(ContentHash((try? fileSystem.data(at: "content/" + path)) ?? Data()))
            }
        }
        return hasher.finalize()
    }

    /// The running program's path and stamp: a rebuilt tool may write other bytes.
    private static let executableIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        return path + "|" + identity(ofFile: path)
    }()

    /// Size, modification time and inode of a file, or 'missing'.
    private static func identity(ofFile path: String) -> String {
        guard let stamp = DiskOutputFileSystem().stamp(of: path) else { return "missing" }
        return "\(stamp.size) \(stamp.modified) \(stamp.inode)"
    }
}
