import Foundation
import Output
import Rendering
import SiteModel
import Testing

@Suite struct AssetManifestTests {
    /// FIPS 180-2 examples, and lengths around the padding boundaries checked with `sha256sum`.
    @Test func hashesLikeSha256sum() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func namesFilesByTheirContent() {
        var manifest = AssetManifest(hashesNames: true)
        let css = manifest.add("assets/css/kennisbank.css") { Array("body { }\n".utf8) }
        #expect(css == "assets/css/kennisbank.254fe7b0.css")
        #expect(manifest.add("search-index.js") { Array("abc".utf8) } == "search-index.ba7816bf.js")
        #expect(manifest.add("assets/js/LICENSE") { [] } == "assets/js/LICENSE.e3b0c442")
        #expect(manifest.add("assets/.hidden") { [] } == "assets/.hidden.e3b0c442")
        #expect(manifest.published("assets/img/logo.svg") == "assets/img/logo.svg")
        var changed = manifest
        #expect(changed.add("assets/css/kennisbank.css") { Array("body { color: red }\n".utf8) } != css)
    }

    @Test func keepsPlainNamesWithoutHashing() {
        var manifest = AssetManifest(hashesNames: false)
        var read = false
        #expect(manifest.add("search-index.js") { read = true; return [] } == "search-index.js")
        #expect(!read, "without hashing the bytes are never needed")
    }

    @Test func showsTemplatesAFolderTreeAndScriptsTheirEntries() throws {
        var manifest = AssetManifest(hashesNames: true)
        manifest.add("assets/css/kennisbank.css") { [] }
        manifest.add("assets/js/search.js") { [] }
        manifest.add("search-index.js") { [] }
        let tree = manifest.templateValue(prefix: "../../")
        let css = try #require((tree["assets"] as? [String: Any])?["css"] as? [String: Any])
        #expect(css["kennisbank_css"] as? String == "../../assets/css/kennisbank.e3b0c442.css")
        #expect(tree["search-index_js"] as? String == "../../search-index.e3b0c442.js")
        #expect(manifest.scriptsJSON == #"{"assets/js/search.js":"assets/js/search.e3b0c442.js","search-index.js":"search-index.e3b0c442.js"}"#)
        manifest.add("assets/js/</script>.js") { [] }
        #expect(!manifest.scriptsJSON.contains("</script>"))
    }
}
