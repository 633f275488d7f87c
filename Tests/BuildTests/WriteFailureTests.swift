import Build
import Foundation
import Output
import SiteModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A build whose writing stops halfway (a full disk, a killed process) leaves a folder that the
/// next build repairs: afterwards it holds exactly what a build into an empty folder writes.
@Suite struct WriteFailureTests {
    static let site = BuildPipelineTests.site + """

    -- content/a/drie.md --
    ---
    title: Drie
    weight: 3
    ---
    Drie.
    -- content/a/plaatje.png --
    PNG
    """

    /// Edits that change some pages, remove one and add one.
    static func edit(_ root: URL) throws {
        try "---\ntitle: Een\nweight: 1\n---\nAndere tekst.\n".write(to: root.appendingPathComponent("content/a/een.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Twee bis\nweight: 2\n---\n## Kop\n".write(to: root.appendingPathComponent("content/a/twee.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/a/drie.md"))
        try "---\ntitle: Vier\nweight: 4\n---\nNieuw.\n".write(to: root.appendingPathComponent("content/a/vier.md"), atomically: true, encoding: .utf8)
    }

    /// What a build of the site as it is now writes into an empty folder.
    static func freshBuild(_ root: URL) throws -> [String: Data] {
        let folder = root.appendingPathComponent("fresh-\(UUID().uuidString)")
        let result = SiteBuilder(options: FixtureSite.options(root: root, output: folder)).build()
        #expect(result.writeError == nil && !result.failed(strict: true))
        defer { try? FileManager.default.removeItem(at: folder) }
        return try DiskSnapshot(folder).files
    }

    @Test(arguments: [FailingOutputFileSystem.Failure.noSpace, .killed], [0, 1, 3])
    func theNextBuildRepairsARebuildThatStoppedHalfway(failure: FailingOutputFileSystem.Failure, after writes: Int) throws {
        let root = try FixtureSite.writeToDisk(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        #expect(SiteBuilder(options: FixtureSite.options(root: root)).build().writeError == nil)
        let old = try DiskSnapshot(output).files
        try Self.edit(root)
        let new = try Self.freshBuild(root)

        let failing = FailingOutputFileSystem(failure: failure, afterWrites: writes)
        let broken = SiteBuilder(options: FixtureSite.options(root: root), target: .folder(failing)).build()
        #expect(broken.writeError?.english.contains(failure == .noSpace ? "No space left on device" : "killed") == true,
                "\(broken.writeError?.english ?? "no error")")
        // Every page is the old one or the new one, never a mix within a file.
        let halfway = try DiskSnapshot(output).files
        for (path, data) in halfway where !path.hasSuffix(".kennisbank-tmp") {
            #expect(data == old[path] || data == new[path], "\(path) is neither the old nor the new file")
        }
        let manifest = try String(contentsOf: root.appendingPathComponent(".site.kennisbank-manifest"), encoding: .utf8)
        #expect(manifest.hasSuffix("incomplete\n"))

        let repaired = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(repaired.writeError == nil)
        #expect(try DiskSnapshot(output).files == new)
        let manifestAfter = try String(contentsOf: root.appendingPathComponent(".site.kennisbank-manifest"), encoding: .utf8)
        #expect(!manifestAfter.contains("incomplete"))
    }

    @Test(arguments: [FailingOutputFileSystem.Failure.noSpace, .killed])
    func theNextBuildRepairsAFirstBuildThatStoppedHalfway(failure: FailingOutputFileSystem.Failure) throws {
        let root = try FixtureSite.writeToDisk(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        let failing = FailingOutputFileSystem(failure: failure, afterWrites: 4)
        let broken = SiteBuilder(options: FixtureSite.options(root: root), target: .folder(failing)).build()
        #expect(broken.writeError != nil)
        let output = root.appendingPathComponent("site")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".kennisbank-site").path),
                "the marker comes first, so the half-written folder is recognised as the build's")
        let repaired = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(repaired.writeError == nil)
        #expect(try DiskSnapshot(output).files == Self.freshBuild(root))
    }

    @Test func aManifestThatCannotBeWrittenIsRepairedToo() throws {
        let root = try FixtureSite.writeToDisk(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(SiteBuilder(options: FixtureSite.options(root: root)).build().writeError == nil)
        try Self.edit(root)
        let failing = FailingOutputFileSystem(failure: .noSpace, afterWrites: .max, failingManifest: true)
        let broken = SiteBuilder(options: FixtureSite.options(root: root), target: .folder(failing)).build()
        #expect(broken.writeError != nil)
        let repaired = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(repaired.writeError == nil)
        #expect(try DiskSnapshot(root.appendingPathComponent("site")).files == Self.freshBuild(root))
    }
}

/// The disk, failing after a number of successful file writes: with `noSpace` as a full disk does
/// (nothing of the file written), with `killed` as a process stopped in the middle of a write
/// (half of the temporary file left behind).
final class FailingOutputFileSystem: OutputFileSystem, @unchecked Sendable {
    enum Failure: Sendable { case noSpace, killed }

    struct NoSpace: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path): No space left on device" }
    }

    struct Killed: Error, CustomStringConvertible {
        var description: String { "killed in the middle of a write" }
    }

    let failure: Failure
    let failingManifest: Bool
    private let disk = DiskOutputFileSystem()
    private let lock = NSLock()
    private var remaining: Int

    init(failure: Failure, afterWrites: Int, failingManifest: Bool = false) {
        self.failure = failure
        remaining = afterWrites
        self.failingManifest = failingManifest
    }

    func write(_ data: Data, to path: String, replacing: Bool) throws -> FileStamp {
        let isManifest = path.hasSuffix(".kennisbank-manifest")
        let fails = lock.withLock {
            if isManifest { return failingManifest }
            remaining -= 1
            return remaining < 0
        }
        guard fails else { return try disk.write(data, to: path, replacing: replacing) }
        switch failure {
        case .noSpace:
            throw NoSpace(path: path)
        case .killed:
            let half = data.prefix(data.count / 2)
            let target = replacing ? (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent + ".kennisbank-tmp" : path
            _ = try disk.write(Data(half), to: target, replacing: false)
            throw Killed()
        }
    }

    /// With `failingManifest`, recording the end of a build fails (marking its start works).
    func append(_ data: Data, to path: String) throws {
        if failingManifest && data != Data("incomplete\n".utf8) { throw NoSpace(path: path) }
        try disk.append(data, to: path)
    }
    func contents(of path: String) throws -> Data { try disk.contents(of: path) }
    func stamp(of path: String) -> FileStamp? { disk.stamp(of: path) }
    func kind(of path: String) -> OutputPathKind { disk.kind(of: path) }
    func files(under path: String) -> [String] { disk.files(under: path) }
    func removeFile(at path: String) throws { try disk.removeFile(at: path) }
    func removeFolderIfEmpty(at path: String) -> Bool { disk.removeFolderIfEmpty(at: path) }
}
