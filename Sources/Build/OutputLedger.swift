import Foundation
import Output
import SiteModel

/// What the output folder holds, as far as this process wrote it: a hash of every generated file
/// and the size and time of the source of every copied file. With it a rebuild writes only the
/// files whose bytes changed and removes the ones no longer produced, without reading the folder.
struct OutputLedger: Sendable {
    let output: URL
    private var hashes: [String: FileHash] = [:]
    private var copied: [String: CopyStamp] = [:]

    init(output: URL) { self.output = output.standardizedFileURL }

    /// Writes the whole site into a fresh folder that replaces `output`, and remembers it.
    mutating func writeAll(files: [OutputFile], copies: [(source: URL, path: String)]) throws -> [String] {
        try SiteWriter(output: output).writeAtomically(files: files, copies: copies)
        hashes = Dictionary(files.map { ($0.path, FileHash($0.data)) }) { $1 }
        copied = [:]
        for copy in copies { copied[copy.path] = CopyStamp(copy.source) }
        return (files.map(\.path) + copies.map(\.path)).sorted()
    }

    /// Writes the files whose bytes differ from what the folder holds. Returns the paths written.
    mutating func write(_ files: [OutputFile]) throws -> [String] {
        var written: [String] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let hash = FileHash(file.data)
            if hashes[file.path] == hash { continue }
            try put(file.data, at: file.path)
            hashes[file.path] = hash
            copied[file.path] = nil
            written.append(file.path)
        }
        return written
    }

    /// Copies the files whose source changed since they were copied. Returns the paths written.
    mutating func copy(_ copies: [(source: URL, path: String)]) throws -> [String] {
        var written: [String] = []
        for copy in copies.sorted(by: { $0.path < $1.path }) {
            let stamp = CopyStamp(copy.source)
            if let stamp, copied[copy.path] == stamp { continue }
            try put(try Data(contentsOf: copy.source), at: copy.path)
            copied[copy.path] = stamp
            hashes[copy.path] = nil
            written.append(copy.path)
        }
        return written
    }

    /// Removes every file this ledger knows for which `isCurrent` is false. Returns the paths removed.
    mutating func remove(keeping isCurrent: (String) -> Bool) -> [String] {
        var removed: [String] = []
        for path in hashes.keys where !isCurrent(path) { removed.append(path) }
        for path in copied.keys where !isCurrent(path) { removed.append(path) }
        for path in removed.sorted() {
            hashes[path] = nil
            copied[path] = nil
            remove(path)
        }
        return removed.sorted()
    }

    /// Writes through a temporary file and a rename, so the server never sends half a file.
    private func put(_ data: Data, at path: String) throws {
        let url = output.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }

    /// Removes a file and the folders it leaves empty.
    private func remove(_ path: String) {
        var url = output.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        let root = output.path
        while true {
            url = url.deletingLastPathComponent()
            guard url.path.hasPrefix(root + "/"),
                  (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty == true else { return }
            try? FileManager.default.removeItem(at: url)
        }
    }
}

/// A hash of a file's bytes (all of them, with their count).
struct FileHash: Sendable, Hashable {
    let count: Int
    let value: Int

    init(_ data: Data) {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        count = data.count
        value = hasher.finalize()
    }
}

/// The identity of a copied file's source: while none of it changes, neither does the copy.
struct CopyStamp: Sendable, Hashable {
    let source: String
    let size: Int
    let modified: Date
    let inode: Int

    init?(_ url: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        source = url.path
        self.size = size
        self.modified = modified
        inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0
    }
}
