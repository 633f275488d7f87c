/// Quoted-printable (RFC 2045): `=XX` is a byte, `=` at the end of a line joins it with the next
/// (a soft break that mail programs add to keep lines short).
enum QuotedPrintable {
    /// Decoded lines; a line joined by soft breaks keeps the number of its first line.
    static func decode(_ lines: [(bytes: [UInt8], line: Int)]) -> [(bytes: [UInt8], line: Int)] {
        var result: [(bytes: [UInt8], line: Int)] = []
        var current: [UInt8] = []
        var start: Int?
        for (bytes, number) in lines {
            // Trailing white space is added by transport, never meant (RFC 2045, 6.7 rule 3).
            var end = bytes.count
            while end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            let soft = end > 0 && bytes[end - 1] == 0x3D
            if soft { end -= 1 }
            if start == nil { start = number }
            var index = 0
            while index < end {
                let byte = bytes[index]
                if byte == 0x3D, index + 2 < end, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                    current.append(high << 4 | low)
                    index += 3
                } else {
                    current.append(byte)
                    index += 1
                }
            }
            if !soft {
                result.append((current, start!))
                current = []
                start = nil
            }
        }
        if let start { result.append((current, start)) }
        return result
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
