import SiteModel
import Testing

struct ContentHashTests {
    @Test func matchesPublishedFNV1aValues() {
        // Test vectors of 64-bit FNV-1a (draft-eastlake-fnv).
        #expect(ContentHash.fnv1a([UInt8]()) == 0xCBF2_9CE4_8422_2325)
        #expect(ContentHash.fnv1a(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
        #expect(ContentHash.fnv1a(Array("foobar".utf8)) == 0x8594_4171_F739_67E8)
    }

    @Test func writesFixedLengthLowercaseHex() {
        #expect(ContentHash.hex(Array("a".utf8)) == "af63dc4c")
        #expect(ContentHash.hex(Array("a".utf8), length: 16) == "af63dc4c8601ec8c")
        #expect(ContentHash.hex([UInt8]()).count == 8)
    }
}
