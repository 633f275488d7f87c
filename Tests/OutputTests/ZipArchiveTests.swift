import Foundation
import Output
import Testing

@Suite struct ZipArchiveTests {
    static func le16(_ data: Data, _ offset: Int) -> Int { Int(data[offset]) | Int(data[offset + 1]) << 8 }
    static func le32(_ data: Data, _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(data[offset + $1]) << (8 * $1) }
    }

    @Test func computesTheStandardCRC32() {
        #expect(ZipArchive.crc32(Data("123456789".utf8)) == 0xCBF4_3926)
        #expect(ZipArchive.crc32(Data()) == 0)
    }

    @Test func storesEntriesSortedWithFixedTimestamps() throws {
        let zip = try #require(ZipArchive.data([(path: "b.xml", data: Data("<b/>".utf8)), (path: "a/é.xml", data: Data("<a/>".utf8))]))
        #expect(Self.le32(zip, 0) == 0x0403_4B50)
        #expect(Self.le16(zip, 8) == 0)                 // stored
        #expect(Self.le16(zip, 10) == 0 && Self.le16(zip, 12) == 0x21)  // 1980-01-01 00:00
        let nameLength = Self.le16(zip, 26)
        #expect(String(decoding: zip[30..<(30 + nameLength)], as: UTF8.self) == "a/é.xml")
        #expect(Self.le32(zip, 14) == ZipArchive.crc32(Data("<a/>".utf8)))
        let end = zip.count - 22
        #expect(Self.le32(zip, end) == 0x0605_4B50)
        #expect(Self.le16(zip, end + 10) == 2)
        let central = Int(Self.le32(zip, end + 16))
        #expect(Self.le32(zip, central) == 0x0201_4B50)
        #expect(zip == ZipArchive.data([(path: "a/é.xml", data: Data("<a/>".utf8)), (path: "b.xml", data: Data("<b/>".utf8))]))
    }

    @Test func refusesWhatNeedsZIP64() {
        let many = (0..<70_000).map { (path: "f\($0)", data: Data()) }
        #expect(ZipArchive.data(many) == nil)
    }
}
