import Foundation
import Output
import SiteModel
import Testing

@Suite struct OutputManifestTests {
    @Test func readsBackWhatItWrites() throws {
        var manifest = OutputManifest()
        manifest.inputs = ContentHash("inputs")
        manifest.diagnostics = [
            .warning(SourceLocation(file: "content/a\tb.md", line: 3, column: 4), .fileUnreadable("raw HTML\nis not passed"),
                     hint: .logoWriteFileHint("write \\ Markdown")),
            .warning(SourceLocation(file: "content/c.md"), .noContent()),
        ]
        let stamp = FileStamp(size: 12, modified: 1_795_000_000_123_456_789, inode: 42)
        manifest.entries["a/index.html"] = .init(hash: ContentHash("a"), stamp: stamp)
        manifest.entries["weird\nname/index.html"] = .init(hash: ContentHash("b"), stamp: stamp)
        manifest.entries["assets/x.css"] = .init(hash: ContentHash("c"), stamp: stamp,
                                                 source: .init(path: "/themes/x.css", stamp: FileStamp(size: 1, modified: 2, inode: 3)))
        let read = try #require(OutputManifest(parsing: manifest.serialized()))
        #expect(read == manifest)

        var incomplete = manifest.serialized()
        incomplete.append(Data("incomplete\n".utf8))
        #expect(OutputManifest(parsing: incomplete)?.complete == false)
    }

    @Test func refusesTextThatIsNotAManifest() {
        #expect(OutputManifest(parsing: Data("<html>".utf8)) == nil)
        #expect(OutputManifest(parsing: Data("kennisbank-manifest 1\nfile\tzz\t1\t2\t3\tx\n".utf8)) == nil)
        #expect(OutputManifest(parsing: Data("kennisbank-manifest 3\n".utf8)) == nil)
        #expect(OutputManifest(parsing: Data("kennisbank-manifest 2\ndiagnostic\t{not json\n".utf8)) == nil)
    }
}
