import Foundation
import SiteModel
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders recursively with inotify and reports what changed in bursts: events are
/// collected until `quiet` passes without a new one (at most `maximumDelay` after the first), then
/// the handler gets the changed paths, or nil when the kernel's queue overflowed and anything may
/// have changed. New folders are watched as they appear. The inotify descriptor is read by a
/// dispatch read source, so nothing polls.
///
/// Unchecked `Sendable`: every mutable property is touched only on `queue` (a serial queue: the read source's
/// handler, the flush timer and `start`/`stop` through `queue.sync`).
public final class FileWatcher: @unchecked Sendable {
    /// Changed paths as the watcher reports them (see `Watch`), or nil for 'anything'.
    public typealias Handler = @Sendable (Set<String>?) -> Void

    /// A folder tree to watch and the prefix its paths are reported under.
    public struct Watch: Sendable {
        /// The folder on disk.
        public var folder: URL
        /// Reported path of the folder itself, e.g. `content`; files below it become `content/a/b.md`.
        public var reportedAs: String
        /// Only these names directly inside the folder are watched (all when nil), e.g. the site
        /// root, where only `content`, `themes` and `kennisbank.yml` matter.
        public var names: Set<String>?

        /// Creates a watch.
        public init(folder: URL, reportedAs: String, names: Set<String>? = nil) {
            self.folder = folder
            self.reportedAs = reportedAs
            self.names = names
        }
    }

    private let watches: [Watch]
    private let quiet: DispatchTimeInterval
    private let maximumDelay: DispatchTimeInterval
    private let handler: Handler
    private let queue = DispatchQueue(label: "kennisbank.watcher")
    private var descriptor: Int32 = -1
    private var source: DispatchSourceRead?
    /// Watch descriptor -> (absolute folder path, reported path, names filter at a root watch).
    private var folders: [Int32: (path: String, reported: String, names: Set<String>?)] = [:]
    private var pending: Set<String> = []
    private var overflowed = false
    private var burstStart: DispatchTime?
    private var flush: DispatchWorkItem?

    private static let mask: UInt32 = 0x0000_0008 /* CLOSE_WRITE */ | 0x0000_0004 /* ATTRIB */ | 0x0000_0040 /* MOVED_FROM */
        | 0x0000_0080 /* MOVED_TO */ | 0x0000_0100 /* CREATE */ | 0x0000_0200 /* DELETE */ | 0x0000_0400 /* DELETE_SELF */
        | 0x0000_0800 /* MOVE_SELF */ | 0x0100_0000 /* ONLYDIR */ | 0x0200_0000 /* DONT_FOLLOW */
    private static let isDirectory: UInt32 = 0x4000_0000
    private static let overflow: UInt32 = 0x0000_4000
    private static let ignored: UInt32 = 0x0000_8000
    private static let appeared: UInt32 = 0x0000_0080 | 0x0000_0100
    private static let vanished: UInt32 = 0x0000_0040 | 0x0000_0200

    /// Creates a watcher; nothing is watched before `start()`.
    public init(watching watches: [Watch], quiet: DispatchTimeInterval = .milliseconds(30),
                maximumDelay: DispatchTimeInterval = .milliseconds(250), handler: @escaping Handler) {
        self.watches = watches
        self.quiet = quiet
        self.maximumDelay = maximumDelay
        self.handler = handler
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Starts watching. Throws when inotify is not available.
    public func start() throws {
        try queue.sync {
            descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { throw WatchError(message: "inotify_init1 failed: \(String(cString: strerror(errno)))") }
            for watch in watches {
                // The watched folders themselves may be reached through a link (a root given as one);
                // below them nothing is followed.
                let path = watch.folder.standardizedFileURL.path
                add(SafeFile.realPath(path) ?? path, reported: watch.reportedAs, names: watch.names)
            }
            let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            let fd = descriptor
            source.setEventHandler { [weak self] in self?.readEvents() }
            source.setCancelHandler { close(fd) }
            self.source = source
            source.resume()
        }
    }

    /// Stops watching; no handler call starts after it returns.
    public func stop() {
        queue.sync {
            flush?.cancel()
            flush = nil
            source?.cancel()
            source = nil
            descriptor = -1
        }
    }

    /// Watches `path` and every folder below it (not hidden ones, which builds skip too). Links to
    /// folders are not followed (a link to `/` would watch the whole disk); the build reports them.
    private func add(_ path: String, reported: String, names: Set<String>?) {
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        guard wd >= 0 else { return }
        folders[wd] = (path, reported, names)
        guard let children = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in children.sorted() where !name.hasPrefix(".") && (names?.contains(name) ?? true) {
            let child = path + "/" + name
            if SafeFile.isFolder(child) {
                add(child, reported: reported.isEmpty ? name : reported + "/" + name, names: nil)
            }
        }
    }

    /// Forgets the watches of `path` and below (the kernel drops them itself when folders go).
    private func forget(_ path: String) {
        for (wd, folder) in folders where folder.path == path || folder.path.hasPrefix(path + "/") {
            inotify_rm_watch(descriptor, wd)
            folders[wd] = nil
        }
    }

    private func readEvents() {
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let header = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + header <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + length
                handle(wd: wd, mask: mask, name: name, into: &changed)
            }
        }
        guard !changed.isEmpty || overflowed else { return }
        pending.formUnion(changed)
        schedule()
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into changed: inout Set<String>) {
        if mask & Self.overflow != 0 {
            overflowed = true
            return
        }
        guard let folder = folders[wd] else { return }
        if mask & Self.ignored != 0 {
            folders[wd] = nil
            return
        }
        guard !name.isEmpty else { return }  // events about the watched folder itself
        guard !name.hasPrefix("."), folder.names?.contains(name) ?? true else { return }
        let path = folder.path + "/" + name
        let reported = folder.reported.isEmpty ? name : folder.reported + "/" + name
        if mask & Self.isDirectory != 0 {
            if mask & Self.vanished != 0 { forget(path) }
            if mask & Self.appeared != 0 { add(path, reported: reported, names: nil) }
        }
        changed.insert(reported)
    }

    /// Reports the burst once it went quiet, or when it has lasted `maximumDelay`.
    private func schedule() {
        let now = DispatchTime.now()
        let start = burstStart ?? now
        burstStart = start
        flush?.cancel()
        let item = DispatchWorkItem { [weak self] in self?.report() }
        flush = item
        queue.asyncAfter(deadline: min(now + quiet, start + maximumDelay), execute: item)
    }

    private func report() {
        let paths: Set<String>? = overflowed ? nil : pending
        pending = []
        overflowed = false
        burstStart = nil
        flush = nil
        handler(paths)
    }

    /// inotify could not be set up.
    public struct WatchError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
