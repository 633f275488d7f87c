@testable import Build
import History
import Foundation
import Testing

/// Dates from a real Git repository made in a temporary folder, with commit dates set by hand.
@Suite struct GitHistoryTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("kb-git-\(UUID().uuidString)")

    @discardableResult
    func git(_ arguments: String..., date: Int = 0, in folder: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", (folder ?? root).path] + arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"] { environment[key] = "@\(date) +0000" }
        for key in ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"] { environment[key] = "Test" }
        for key in ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"] { environment[key] = "test@example.org" }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw CocoaError(.fileReadUnknown, userInfo: ["git": arguments]) }
        return String(decoding: data, as: UTF8.self)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// a.md and 'b c.md' committed on 2 December 2026, 'b c.md' again on 3 December, a.md on 4 December.
    func makeRepository() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try write("content/a.md", "a")
        try write("content/sub/b c.md", "b")
        try git("add", "-A")
        try git("commit", "-q", "-m", "one", date: 1_796_169_600)
        try write("content/sub/b c.md", "b2")
        try git("commit", "-q", "-am", "two", date: 1_796_256_000)
        try write("content/a.md", "a2")
        try git("commit", "-q", "-am", "three", date: 1_796_342_400)
    }

    @Test func datesComeFromTheLastCommitThatTouchedEachFile() throws {
        try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let dates = GitHistory(root: root).lastChanges()
        #expect(dates.byPath == ["content/a.md": Date(timeIntervalSince1970: 1_796_342_400),
                                 "content/sub/b c.md": Date(timeIntervalSince1970: 1_796_256_000)], "\(dates)")
        #expect(dates.origin.english == "dates from Git (2 files)")
    }

    @Test func leavesOutChangedAndUntrackedFiles() throws {
        try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("content/a.md", "edited, not committed")
        try write("content/c.md", "new")
        let dates = GitHistory(root: root).lastChanges()
        #expect(dates.byPath.keys.sorted() == ["content/sub/b c.md"])
    }

    @Test func givesNoDatesBelowTheTopOfAWorkTree() throws {
        try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("site-in-a-folder/content/x.md", "x")
        try git("add", "-A")
        try git("commit", "-q", "-m", "four", date: 1_796_428_800)
        let dates = GitHistory(root: root.appendingPathComponent("site-in-a-folder")).lastChanges()
        #expect(dates.byPath.isEmpty)
        #expect(dates.origin.english.contains("not at the top"))
        let outside = GitHistory(root: URL(fileURLWithPath: "/")).lastChanges()
        #expect(outside.byPath.isEmpty)
        // Outside a repository Git is not asked, and its words never reach the report.
        #expect(outside.origin.id == .noDatesNotARepository && !outside.origin.english.contains("fatal"))
    }

    @Test func ignoresTheBoundaryOfAShallowClone() throws {
        try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let clone = root.appendingPathComponent("clone")
        try git("clone", "-q", "--depth", "1", "file://\(root.path)", clone.path)
        // The one fetched commit lists both files as added; only a.md really changed in it, but
        // Git cannot tell which, so neither gets a date.
        #expect(GitHistory(root: clone).lastChanges().byPath.isEmpty)
        try git("fetch", "-q", "--depth", "2", in: clone)
        #expect(GitHistory(root: clone).lastChanges().byPath == ["content/a.md": Date(timeIntervalSince1970: 1_796_342_400)])
    }

    @Test func leavesOutBothSidesOfAnUncommittedRename() throws {
        try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        try git("mv", "content/a.md", "content/renamed.md")
        #expect(GitHistory(root: root).lastChanges().byPath.keys.sorted() == ["content/sub/b c.md"])
    }

    @Test func readsRenamesAndCopiesInStatus() {
        let status = " M content/a.md\0R  content/new.md\0content/old.md\0?? content/x y.md\0"
        #expect(GitHistory.changedPaths(status) == ["content/a.md", "content/new.md", "content/old.md", "content/x y.md"])
    }
}
