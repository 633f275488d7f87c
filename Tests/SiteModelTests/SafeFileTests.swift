import Foundation
import SiteModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Reading below a trusted folder never follows a link and never opens a FIFO (issue #25).
@Suite struct SafeFileTests {
    /// A folder with `inside/ok.txt`, a folder outside it with a secret, and links between them.
    func tree() throws -> (root: String, outside: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kb-safefile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base + "/root/inside", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: base + "/outside", withIntermediateDirectories: true)
        try "ok\n".write(toFile: base + "/root/inside/ok.txt", atomically: true, encoding: .utf8)
        try "GEHEIM\n".write(toFile: base + "/outside/geheim.txt", atomically: true, encoding: .utf8)
        #expect(symlink(base + "/outside", base + "/root/map") == 0)
        #expect(symlink(base + "/outside/geheim.txt", base + "/root/inside/link.txt") == 0)
        #expect(symlink("ok.txt", base + "/root/inside/binnen.txt") == 0)
        #expect(mkfifo(base + "/root/inside/pijp", 0o644) == 0)
        return (base + "/root", base + "/outside")
    }

    @Test(.timeLimit(.minutes(1)))
    func readsOnlyOrdinaryFilesWithoutFollowingLinks() throws {
        let (root, outside) = try tree()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        #expect(try SafeFile.read("inside/ok.txt", under: root) == Data("ok\n".utf8))
        let refused: [(String, String)] = [
            ("map/geheim.txt", "map"), ("inside/link.txt", "inside/link.txt"), ("inside/binnen.txt", "inside/binnen.txt"),
            ("inside/pijp", "inside/pijp"), ("../outside/geheim.txt", ".."), ("inside/../../outside/geheim.txt", "inside/.."),
        ]
        for (path, at) in refused {
            #expect(throws: FileRefusal.self, "\(path)") { try SafeFile.read(path, under: root, shownPrefix: "content/") }
            do { _ = try SafeFile.read(path, under: root, shownPrefix: "content/") } catch let refusal as FileRefusal {
                #expect(refusal.path == "content/" + at, "\(path): \(refusal)")
            }
        }
        #expect(throws: SafeFile.Failure.self) { try SafeFile.read("inside/missing.txt", under: root) }
        // The link to a folder outside is refused as leaving the site; the one inside as a link.
        do { _ = try SafeFile.read("map/geheim.txt", under: root) } catch let refusal as FileRefusal {
            #expect(refusal.reason == .link(target: outside, leavesRoot: true, toFolder: true))
        }
        do { _ = try SafeFile.read("inside/binnen.txt", under: root) } catch let refusal as FileRefusal {
            #expect(refusal.reason == .link(target: "ok.txt", leavesRoot: false, toFolder: false))
        }
    }

    /// Reading many files at once (each folder opened once) gives, file by file, what `read` gives:
    /// the same bytes, the same refusals at the same paths, the same failures.
    @Test(.timeLimit(.minutes(1)))
    func readsManyFilesAsReadDoes() throws {
        let (root, _) = try tree()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: root + "/veel/diep", withIntermediateDirectories: true)
        var paths = ["inside/ok.txt", "map/geheim.txt", "inside/link.txt", "inside/binnen.txt", "inside/pijp",
                     "../outside/geheim.txt", "inside/../../outside/geheim.txt", "inside/missing.txt", "inside/ok.txt"]
        for number in 0..<40 {
            let path = (number % 3 == 0 ? "veel/diep/" : "veel/") + "pagina-\(number).md"
            try "pagina \(number)\n".write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        paths.insert("veel/groot.txt", at: 20)
        try String(repeating: "x", count: 5_000).write(toFile: root + "/veel/groot.txt", atomically: true, encoding: .utf8)
        let many = SafeFile.readMany(paths, under: root, maxBytes: 1_000, batch: 7)
        #expect(many.count == paths.count)
        for (path, outcome) in zip(paths, many) {
            switch outcome {
            case .success(let data):
                #expect(data == (try SafeFile.read(path, under: root)), "\(path)")
            case .failure(let refusal as FileRefusal):
                do {
                    _ = try SafeFile.read(path, under: root)
                    Issue.record("\(path): read succeeded, readMany refused it")
                } catch let expected as FileRefusal {
                    #expect(refusal.path == expected.path && refusal.reason == expected.reason, "\(path)")
                }
            case .failure(let tooLarge as SafeFile.TooLarge):
                #expect(path == "veel/groot.txt" && tooLarge.size == 5_000)
            case .failure(let failure as SafeFile.Failure):
                #expect(throws: SafeFile.Failure.self, "\(path)") { try SafeFile.read(path, under: root) }
                #expect(failure.path == path)
            case .failure(let other):
                Issue.record("\(path): unexpected \(other)")
            }
        }
        #expect(many.filter { (try? $0.get()) != nil }.count == 42, "ok.txt twice and the 40 pages")
    }

    @Test func listsFilesAndRefusesTheRest() throws {
        let (root, _) = try tree()
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        let (files, refused) = SafeFile.list("", under: root)
        #expect(files == ["inside/ok.txt"])
        #expect(refused.map(\.path) == ["inside/binnen.txt", "inside/link.txt", "inside/pijp", "map"])
        #expect(refused.first { $0.path == "inside/pijp" }?.reason == .special(.namedPipe))
        #expect(SafeFile.list("map", under: root).refused.map(\.path) == ["map"], "a linked starting folder is refused")
        #expect(SafeFile.list("inside/ok.txt", under: root).files == ["inside/ok.txt"])
        #expect(SafeFile.list("missing", under: root).files.isEmpty)
    }

    @Test func tellsScriptAddressesAndOtherSites() {
        for url in ["javascript:x", " JAVASCRIPT:x", "java\tscript:x", "java\nscript:x", "\u{1}javascript:x", "vbscript:x", "file:///etc/passwd",
                    "data:text/html,x", "data:image/svg+xml,x"] {
            #expect(URLSafety.isDangerous(url, isImage: true), "\(url)")
        }
        #expect(!URLSafety.isDangerous("data:image/png;base64,AAAA", isImage: true))
        #expect(URLSafety.isDangerous("data:image/png;base64,AAAA", isImage: false))
        #expect(!URLSafety.isDangerous("../a.png", isImage: true) && !URLSafety.isDangerous("#a", isImage: false))
        for url in ["https://x.org", "HTTP://x.org", "//x.org", " //x.org", "\\\\x.org", "/\\x.org"] { #expect(URLSafety.isExternal(url), "\(url)") }
        for url in ["a/b.png", "/a.png", "#id", "mailto:a@b.nl"] { #expect(!URLSafety.isExternal(url), "\(url)") }
    }
}
