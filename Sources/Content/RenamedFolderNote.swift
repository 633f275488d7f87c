import SiteModel

/// One line before the errors when a folder was renamed or moved: every link into it is broken,
/// each with its own fix, and the note says what happened to all of them ('content/valkuilen does
/// not exist, but content/valkuilen-en-vooroordelen holds the same pages').
package enum RenamedFolderNote {
    /// A note for every folder that no page is in any more while at least two broken links point
    /// into it, naming the folder most of their fixes point into.
    package static func notes(for diagnostics: [Diagnostic], index: SiteIndex) -> [Diagnostic] {
        var moves: [Move: Int] = [:]
        var folderHasPages: [String: Bool] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .error {
            guard diagnostic.message.id == .pageMissing || diagnostic.message.id == .fileMissing,
                  diagnostic.message.arguments.count == 2, let fix = diagnostic.fix,
                  diagnostic.location.file.hasPrefix("content/") else { continue }
            let target = diagnostic.message.arguments[1]
            let from = ContentPath.folder(of: String(diagnostic.location.file.dropFirst("content/".count)))
            let replacement = fix.replacement.split(separator: "#", maxSplits: 1).first.map(String.init) ?? fix.replacement
            guard let meant = ContentPath.resolve(replacement, from: from) else { continue }
            let old = ContentPath.folder(of: target), new = ContentPath.folder(of: meant)
            guard !old.isEmpty, old != new else { continue }
            let exists = folderHasPages[old] ?? index.pages.contains { $0.contentPath.hasPrefix(old + "/") }
            folderHasPages[old] = exists
            guard !exists else { continue }
            moves[Move(old: old, new: new), default: 0] += 1
        }
        // One line per old folder: the new folder most links were fixed into (ties by name).
        var best: [String: (new: String, count: Int)] = [:]
        for (move, count) in moves {
            if let current = best[move.old], current.count > count || (current.count == count && current.new < move.new) { continue }
            best[move.old] = (move.new, count)
        }
        return best.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }.map { old, move in
            .note(SourceLocation(file: "content/" + old), .folderRenamed(old: old, new: move.new, links: move.count),
                  hint: .folderRenamedHint(new: move.new))
        }
    }

    private struct Move: Hashable {
        var old: String
        var new: String
    }
}
