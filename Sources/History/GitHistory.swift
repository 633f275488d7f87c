import Foundation
import SiteModel

/// Last-change dates from Git: the committer date of the last commit that touched each file below
/// `content/`. The same commit gives the same dates, so a build stays deterministic.
///
/// Only used when the site root is the top of a Git work tree. A site inside someone else's
/// repository (the fixture sites of this project's tests, the benchmark corpora) would otherwise
/// get dates that change whenever any file of that repository is committed, and golden output
/// that changes with every commit. A file with uncommitted changes, an untracked file, and a file
/// whose last change lies before the fetched part of a shallow clone get no date (the page then
/// falls back to `SOURCE_DATE_EPOCH`, or shows none). Git runs at most three times per build, never
/// once per page; when Git is missing or refuses, there are no dates and the report says why in its
/// own words: Git's messages ('fatal: not a git repository') are never shown, only its exit status.
public struct GitHistory: SourceHistory {
    /// The site root.
    public let root: URL

    /// A history for the site at `root`.
    public init(root: URL) { self.root = root.standardizedFileURL }

    public func lastChanges() -> SourceDates {
        // Outside any repository Git would only print 'fatal: not a git repository'; no need to ask.
        guard Self.insideRepository(root) else { return SourceDates(byPath: [:], origin: .noDatesNotARepository()) }
        let top: String, shallowFile: String
        switch git(["rev-parse", "--show-toplevel", "--git-path", "shallow"]) {
        case .failure(let failure): return SourceDates(byPath: [:], origin: failure.reason)
        case .success(let output):
            let lines = output.split(separator: "\n").map(String.init)
            guard lines.count == 2 else { return SourceDates(byPath: [:], origin: .noDatesGitRefused(0)) }
            (top, shallowFile) = (lines[0], lines[1])
        }
        guard Self.samePlace(top, root.path) else {
            return SourceDates(byPath: [:], origin: .noDatesNotTop())
        }
        // A shallow clone lists its boundary commits here; they show every file as added.
        let shallowURL = shallowFile.hasPrefix("/") ? URL(fileURLWithPath: shallowFile) : root.appendingPathComponent(shallowFile)
        let shallowText = try? String(contentsOf: shallowURL, encoding: .utf8)
        let shallow = Set((shallowText ?? "").split(separator: "\n").map(String.init))
        guard case .success(let log) = git(["log", "-z", "--name-only", "--no-renames", "--format=%x1e%H %ct", "--", "content"]),
              case .success(let status) = git(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "content"]) else {
            return SourceDates(byPath: [:], origin: .noDatesGitRefused(1))
        }
        let dates = Self.dates(log: log, status: status, shallowCommits: shallow)
        return SourceDates(byPath: dates, origin: .datesFromGit(dates.count))
    }

    /// The last-change date of every path in `log` (`git log -z --name-only --format=%x1e%H %ct`,
    /// newest first), leaving out paths listed in `status` (`git status --porcelain=v1 -z`) and
    /// paths whose newest commit is a shallow clone's boundary, which lists every file as added.
    static func dates(log: String, status: String, shallowCommits: Set<String>) -> [String: Date] {
        var result: [String: Date] = [:]
        var seen: Set<String> = []
        for commit in log.split(separator: "\u{1e}") {
            var fields = commit.split(separator: "\0", omittingEmptySubsequences: true)
            guard !fields.isEmpty else { continue }
            let header = fields.removeFirst().split(separator: " ")
            guard header.count == 2, let seconds = TimeInterval(header[1]) else { continue }
            let boundary = shallowCommits.contains(String(header[0]))
            for field in fields {
                let path = String(field.drop { $0 == "\n" })
                guard !path.isEmpty, seen.insert(path).inserted, !boundary else { continue }
                result[path] = Date(timeIntervalSince1970: seconds)
            }
        }
        for path in changedPaths(status) { result[path] = nil }
        return result
    }

    /// Every path `git status --porcelain=v1 -z` lists: `XY path`, and for renames and copies the
    /// old path as the next field.
    package static func changedPaths(_ status: String) -> [String] {
        var paths: [String] = []
        var fields = status.split(separator: "\0", omittingEmptySubsequences: true)[...]
        while let field = fields.popFirst() {
            guard field.count > 3 else { continue }
            paths.append(String(field.dropFirst(3)))
            if field.first == "R" || field.first == "C", let old = fields.popFirst() { paths.append(String(old)) }
        }
        return paths
    }

    private static func samePlace(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).resolvingSymlinksInPath().standardizedFileURL.path
            == URL(fileURLWithPath: b).resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// True when `folder` or a folder above it holds `.git` (a folder, or a file for a worktree).
    static func insideRepository(_ folder: URL) -> Bool {
        var current = folder.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) { return true }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return false }
            current = parent
        }
    }

    /// Runs `git -C root ARGS`; its output, or why it failed (by exit status, not Git's words).
    private func git(_ arguments: [String]) -> Result<String, GitFailure> {
        // No optional locks: a build must not take the index lock an editor's Git may want.
        let command = ["git", "-C", root.path, "-c", "core.quotePath=false", "-c", "log.showSignature=false"] + arguments
        let outcome: CommandRunner.Outcome
        do { outcome = try CommandRunner.run(command, environment: ["GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"]) } catch {
            return .failure(GitFailure(reason: .noDatesNoGit()))
        }
        guard outcome.status == 0 else { return .failure(GitFailure(reason: .noDatesGitRefused(Int(outcome.status)))) }
        return .success(String(decoding: outcome.output, as: UTF8.self))
    }

    struct GitFailure: Error, CustomStringConvertible {
        var reason: Message
        var description: String { reason.english }
    }
}
