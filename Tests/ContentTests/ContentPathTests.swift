import Testing
@testable import Content

@Suite struct ContentPathTests {
    @Test func resolvesRelativePaths() {
        #expect(ContentPath.resolve("racisme.md", from: "definities") == "definities/racisme.md")
        #expect(ContentPath.resolve("../juridisch-kader/awgb.md", from: "definities") == "juridisch-kader/awgb.md")
        #expect(ContentPath.resolve("./a/../b/./c.md", from: "x/y") == "x/y/b/c.md")
        #expect(ContentPath.resolve("../../index.md", from: "x/y") == "index.md")
        #expect(ContentPath.resolve("/begrippen/awgb.md", from: "x/y") == "begrippen/awgb.md")
        #expect(ContentPath.resolve("sub//deep/", from: "") == "sub/deep")
        #expect(ContentPath.resolve("één.md", from: "ü") == "ü/één.md")
        #expect(ContentPath.resolve("..", from: "x") == "")
        #expect(ContentPath.resolve("../..", from: "x") == nil)
        #expect(ContentPath.resolve("../a.md", from: "") == nil)
    }

    @Test func recognisesSchemes() {
        for url in ["https://x.nl", "mailto:a@b.nl", "tel:+31", "JavaScript:alert(1)", "svn+ssh://h", "é-mail:x"] {
            #expect(LinkResolver.hasScheme(url), "\(url)")
        }
        for url in ["pagina.md", "../a.md#b:c", "1http://x", ":x", "-x:y", "a b:c", "#kop"] {
            #expect(!LinkResolver.hasScheme(url), "\(url)")
        }
    }
}
