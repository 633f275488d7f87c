/// The words that occur in glossary names, lowercased, each with a small id; a word read from a
/// text is looked up by its `WordHash` and then compared scalar by scalar, so a hash collision can
/// never make a false match.
///
/// An open-addressing table kept at most a quarter full: most words of a page are in no name, and
/// such a miss usually ends at the first, empty, slot.
struct WordTable: Sendable {
    private var hashes: [UInt64]
    /// Word id per slot, -1 for an empty slot.
    private var ids: [Int32]
    private var shift: UInt64
    private var mask: Int
    /// The lowercased scalars of word `id` are `scalars[starts[id]..<starts[id + 1]]`.
    private var scalars: [UInt32] = []
    private var starts: [Int32] = [0]
    /// By id, for plain ASCII words of up to 16 bytes: the word as `TextWord.lowered` has it, and
    /// its length (-1 for other words, which no such text word can equal).
    private var chunks: [(UInt64, UInt64)] = []
    private var asciiLengths: [Int] = []

    /// Number of distinct words.
    var count: Int { starts.count - 1 }

    /// A table of `words` (lowercased scalars); repeated words are stored once.
    init(words: [[UInt32]]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        ids = Array(repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for word in words { insert(word) }
    }

    /// Adds `word` (lowercased scalars) unless the table has it.
    private mutating func insert(_ word: [UInt32]) {
        guard id(of: word) == nil else { return }
        let value = WordHash(scalars: word).value
        var index = position(for: value)
        while ids[index] >= 0 { index = (index + 1) & mask }
        hashes[index] = value
        ids[index] = Int32(count)
        scalars += word
        starts.append(Int32(scalars.count))
        if word.count <= 16, word.allSatisfy({ $0 < 0x80 }) {
            var chunk: (UInt64, UInt64) = (0, 0)
            for (offset, scalar) in word.enumerated() {
                if offset < 8 { chunk.0 |= UInt64(scalar) << (offset << 3) } else { chunk.1 |= UInt64(scalar) << ((offset - 8) << 3) }
            }
            chunks.append(chunk)
            asciiLengths.append(word.count)
        } else {
            chunks.append((0, 0))
            asciiLengths.append(-1)
        }
    }

    /// The id of `word` (lowercased scalars), or nil when the table does not have it.
    func id(of word: [UInt32]) -> Int32? {
        let value = WordHash(scalars: word).value
        var index = position(for: value)
        while ids[index] >= 0 {
            if hashes[index] == value, stored(ids[index]).elementsEqual(word) { return ids[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private func position(for hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> shift) & mask
    }

    /// The id of `word`, read from `utf8` at `start`, or nil.
    @inline(__always)
    func id(of word: TextWord, in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int32? {
        let value = word.hash.value
        var index = position(for: value)
        while true {
            let id = ids[index]
            if id < 0 { return nil }
            if hashes[index] == value, equals(word, in: utf8, from: start, id: id) { return id }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ word: TextWord, in utf8: UnsafeBufferPointer<UInt8>, from start: Int, id: Int32) -> Bool {
        if word.asciiLength >= 0 {
            let chunk = chunks[Int(id)]
            return asciiLengths[Int(id)] == word.asciiLength && chunk.0 == word.lowered.0 && chunk.1 == word.lowered.1
        }
        return lowercase(of: utf8, from: start, to: word.end, equals: id)
    }

    private func stored(_ id: Int32) -> ArraySlice<UInt32> {
        scalars[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    private func lowercase(of utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, equals id: Int32) -> Bool {
        var index = Int(starts[Int(id)])
        let last = Int(starts[Int(id) + 1])
        var position = start
        while position < end {
            let (scalar, length) = TermMatcher.decode(utf8, at: position)
            guard index < last, scalars[index] == TermMatcher.lower(scalar) else { return false }
            index += 1
            position += length
        }
        return index == last
    }
}
