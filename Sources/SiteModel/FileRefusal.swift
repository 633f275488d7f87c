/// Why a build does not read what it found at a path: a symbolic link, something that is not a file
/// (a FIFO, a socket, a device), or a path that leaves the folder it was read from. A build never
/// follows a link and never opens anything but ordinary files and folders, so that no file from
/// outside the site root reaches the output and no FIFO can make it wait forever (docs/FORMAT.md,
/// 'Veiligheid').
public struct FileRefusal: Error, Sendable, Hashable {
    /// What was found.
    public enum Reason: Sendable, Hashable {
        /// A symbolic link, with the target as written in the link, and whether that target lies
        /// outside the folder the build reads (the site root or a theme folder).
        case link(target: String, leavesRoot: Bool, toFolder: Bool)
        /// Not a file or a folder: a FIFO, a socket or a device (in words, e.g. `Phrase.namedPipe`).
        case special(Phrase)
        /// The path goes up out of the folder (`..`).
        case outside
    }

    /// The path as a trainer knows it: relative to the site root (`content/x.png`), or absolute for
    /// a file of the built-in theme.
    public var path: String
    public var reason: Reason

    /// Creates a refusal.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The error a build reports, at the path, with what to do about it.
    public var diagnostic: Diagnostic {
        let location = SourceLocation(file: path)
        switch reason {
        case .link(let target, let leavesRoot, let toFolder):
            let shown = Self.shown(target)
            let hint: Message = toFolder ? .symbolicLinkFolderHint() : .symbolicLinkFileHint()
            return .error(location, leavesRoot ? .symbolicLinkOutside(shown) : .symbolicLink(shown), hint: hint)
        case .special(let kind):
            return .error(location, .notAFile(kind), hint: .notAFileHint())
        case .outside:
            return .error(location, .pathLeavesFolder(), hint: .pathLeavesFolderHint())
        }
    }

    /// A link target as quoted in a message: one line, at most 80 characters.
    private static func shown(_ target: String) -> String {
        let line = String(target.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return line.count > 80 ? String(line.prefix(79)) + "…" : line
    }
}
