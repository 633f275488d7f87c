import Foundation
import SiteModel
import Testing

/// `ContentHash` is XXH64 with seed 0; the expected values come from the reference implementation
/// (Python's `xxhash` package), so manifests stay readable by any build and any tool.
@Suite struct ContentHashTests {
    @Test func matchesTheReferenceImplementation() {
        let cases: [([UInt8], String)] = [
            ([], "ef46db3751d8e999"),
            (Array("a".utf8), "d24ec4f1a98c6e5b"),
            (Array("abc".utf8), "44bc2cf5ad770999"),
            (Array("Kennisbank".utf8), "2827f9d6d728a9f4"),
            (Array(repeating: Array(0...255), count: 3).flatMap { $0 }, "8e03c838c596036f"),
            (Array("één ij".utf8), "cae26bac66c2379a"),
        ]
        for (bytes, hex) in cases {
            #expect(ContentHash(bytes).description == hex, "\(bytes.count) bytes")
            #expect(ContentHash(Data(bytes)) == ContentHash(bytes))
        }
        #expect(ContentHash("één ij").description == "cae26bac66c2379a")
        #expect(ContentHash(hex: "44bc2cf5ad770999") == ContentHash(Array("abc".utf8)))
    }

    @Test func hasherKeepsPartsApart() {
        var first = ContentHasher(), second = ContentHasher()
        first.add("ab")
        first.add("c")
        second.add("a")
        second.add("bc")
        #expect(first.finalize() != second.finalize())
    }
}
