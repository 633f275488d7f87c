/// Line and column (in characters, from 1) of byte offsets in a file, for diagnostics.
struct LinePositions {
    private let bytes: [UInt8]
    /// Byte offset where each line starts.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        self.starts = starts
    }

    func position(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        // Characters, not bytes: continuation bytes of UTF-8 do not count.
        let column = bytes[starts[low]..<clamped].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (low + 1, column)
    }
}
