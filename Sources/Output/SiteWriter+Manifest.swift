import Foundation
import SiteModel

/// The manifest round of a `SiteWriter`: what the folder holds is read from the manifest beside it,
/// marked incomplete before a round's first change, and recorded when the round finishes (appended
/// to when the file holds exactly what the round started from, else written anew).
extension SiteWriter {
    /// The manifest when the folder holds exactly what it describes and it was written for
    /// `inputs`: then a build has nothing to do. Checks the stamp of every file.
    public func unchanged(inputs: ContentHash) -> OutputManifest? {
        let known = lock.withLock { readManifest() }
        guard let known, known.complete, known.inputs == inputs, known.entries[Self.markerName] != nil else { return nil }
        // A folder with links needs `begin()`, which refuses it.
        guard (try? lock.withLock({ try checkForNonFiles() })) != nil else { return nil }
        let root = output.path
        let fileSystem = self.fileSystem
        let entries = Array(known.entries)
        let same = entries.parallelMap { entry in fileSystem.stamp(of: root + "/" + entry.key) == entry.value.stamp }
        return same.allSatisfy { $0 } ? known : nil
    }

    /// Before the first change of a round: the manifest says 'incomplete', and a new folder gets
    /// its marker first, so that whatever happens next the folder is recognised as the build's.
    func markIncomplete() throws {
        lock.lock()
        defer { lock.unlock() }
        guard var current = round, !current.marked else { return }
        if fileSystem.kind(of: manifestURL.path) == .file {
            try fileSystem.append(Data(OutputManifest.incompleteLine.utf8), to: manifestURL.path)
            manifestLines += 1
        } else {
            var empty = OutputManifest()
            empty.complete = false
            _ = try fileSystem.write(empty.serialized(), to: manifestURL.path, replacing: true)
            current.appendable = false
        }
        current.marked = true
        if current.fresh {
            let marker = Data(Self.markerText.utf8)
            let stamp = try fileSystem.write(marker, to: output.path + "/" + Self.markerName, replacing: false)
            current.after[Self.markerName] = OutputManifest.Entry(hash: ContentHash(marker), stamp: stamp)
            current.written.append(Self.markerName)
        }
        round = current
    }

    /// Ends the round: removes the files of the folder for which `isCurrent` is false (nil: removes
    /// nothing) and that were not written in this round, and records the folder in the manifest.
    /// `record` is the fingerprint of the inputs and the warnings to keep with it; nil keeps those of
    /// the manifest. Returns the paths written and removed, sorted.
    public func finish(current isCurrent: ((String) -> Bool)?, record: (inputs: ContentHash?, diagnostics: [Diagnostic])?) throws
        -> (written: [String], removed: [String]) {
        if lock.withLock({ round?.after[Self.markerName] == nil }) {
            try write(OutputFile(path: Self.markerName, text: Self.markerText))
        }
        // Files of the folder not made in this round: stale ones go; unknown ones that are still
        // current (not rendered in this round) leave the manifest, as nothing says what they hold.
        var stale: [String] = [], unknown: [String] = []
        lock.withLock {
            guard let state = round else { preconditionFailure("SiteWriter.finish outside a round") }
            for (path, entry) in state.before.entries where state.after[path] == nil {
                if let isCurrent, !isCurrent(path) { stale.append(path) } else if entry.hash == nil { unknown.append(path) }
            }
        }
        stale.sort()
        if !stale.isEmpty { try markIncomplete() }
        for path in stale {
            try fileSystem.removeFile(at: output.path + "/" + path)
            var folder = FileIO.parent(of: path)
            while !folder.isEmpty, fileSystem.removeFolderIfEmpty(at: output.path + "/" + folder) {
                folder = FileIO.parent(of: folder)
            }
        }
        guard var state = lock.withLock({ () -> Round? in
            defer { round = nil }
            return round
        }) else { preconditionFailure("SiteWriter.finish outside a round") }
        var next = state.before
        state.before = OutputManifest()  // `next` is the only copy: changed in place
        let (oldInputs, oldDiagnostics) = (next.inputs, next.diagnostics)
        var changed: [String] = []
        for (path, entry) in state.after where next.entries[path] != entry {
            next.entries[path] = entry
            changed.append(path)
        }
        for path in stale + unknown { next.entries[path] = nil }
        if let record { (next.inputs, next.diagnostics) = record }
        let wasComplete = next.complete
        next.complete = true
        if state.marked || !changed.isEmpty || !stale.isEmpty || !unknown.isEmpty || !wasComplete
            || next.inputs != oldInputs || next.diagnostics != oldDiagnostics {
            var old = OutputManifest()
            (old.inputs, old.diagnostics) = (oldInputs, oldDiagnostics)
            do {
                if state.appendable {
                    let lines = next.appendix(changing: changed, removing: stale + unknown, from: old)
                    try fileSystem.append(lines, to: manifestURL.path)
                    lock.withLock { manifestLines += lines.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
                } else {
                    let text = next.serialized()
                    _ = try fileSystem.write(text, to: manifestURL.path, replacing: true)
                    lock.withLock { manifestLines = text.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
                }
            } catch {
                lock.withLock { manifest = nil }
                throw error
            }
        }
        lock.withLock { manifest = next }
        return (state.written.sorted(), stale)
    }

    /// The manifest in memory, or read from disk; nil when there is none or it cannot be read.
    /// Called with the lock held.
    func readManifest() -> OutputManifest? {
        if let manifest { return manifest }
        guard let data = try? fileSystem.contents(of: manifestURL.path) else { return nil }
        manifest = OutputManifest(parsing: data)
        manifestLines = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return manifest
    }
}
