import Foundation

/// A deterministic zip file: entries sorted by name, stored without compression, every timestamp
/// 1980-01-01 00:00 (the earliest a zip can hold) and no extra fields, so the same files always give
/// the same bytes. Small by design: the packages it writes (QTI) are a few kilobytes of XML, and
/// storing keeps it free of a compression library.
public enum ZipArchive {
    /// The zip bytes of `files` (path inside the archive -> contents). Paths use `/`; names are UTF-8.
    /// Nil when the files need ZIP64 (65,535 entries, 4 GB, or names of 64 KB and more), which this
    /// writer leaves out.
    public static func data(_ files: [(path: String, data: Data)]) -> Data? {
        let total = files.reduce(0) { $0 + 76 + 2 * $1.path.utf8.count + $1.data.count }
        guard files.count < 0xFFFF, total < 0xFFFF_FFFF, files.allSatisfy({ $0.path.utf8.count < 0xFFFF }) else { return nil }
        var archive = Data()
        var central = Data()
        let entries = files.sorted { $0.path < $1.path }
        for entry in entries {
            let name = Data(entry.path.utf8)
            let crc = crc32(entry.data)
            let offset = UInt32(archive.count)
            // Local file header.
            archive.append(le32(0x0403_4B50))
            archive.append(le16(20))            // version needed: 2.0
            archive.append(le16(0x0800))        // flags: names are UTF-8
            archive.append(le16(0))             // method: stored
            archive.append(le16(0))             // time 00:00:00
            archive.append(le16(0x21))          // date 1980-01-01
            archive.append(le32(crc))
            archive.append(le32(UInt32(entry.data.count)))
            archive.append(le32(UInt32(entry.data.count)))
            archive.append(le16(UInt16(name.count)))
            archive.append(le16(0))             // no extra field
            archive.append(name)
            archive.append(entry.data)
            // Central directory record.
            central.append(le32(0x0201_4B50))
            central.append(le16(0x0314))        // made by: Unix, 2.0
            central.append(le16(20))
            central.append(le16(0x0800))
            central.append(le16(0))
            central.append(le16(0))
            central.append(le16(0x21))
            central.append(le32(crc))
            central.append(le32(UInt32(entry.data.count)))
            central.append(le32(UInt32(entry.data.count)))
            central.append(le16(UInt16(name.count)))
            central.append(le16(0))             // extra
            central.append(le16(0))             // comment
            central.append(le16(0))             // disk
            central.append(le16(0))             // internal attributes
            central.append(le32(0o100644 << 16)) // external: a regular file, rw-r--r--
            central.append(le32(offset))
            central.append(name)
        }
        let centralOffset = UInt32(archive.count)
        archive.append(central)
        // End of central directory.
        archive.append(le32(0x0605_4B50))
        archive.append(le16(0))
        archive.append(le16(0))
        archive.append(le16(UInt16(entries.count)))
        archive.append(le16(UInt16(entries.count)))
        archive.append(le32(UInt32(central.count)))
        archive.append(le32(centralOffset))
        archive.append(le16(0))
        return archive
    }

    /// CRC-32 (IEEE 802.3, as zip uses it).
    public static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    private static func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    private static func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
}
